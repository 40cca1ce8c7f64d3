export { TeamHome } from './components/team-home';
