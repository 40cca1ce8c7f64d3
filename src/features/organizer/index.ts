export { OrganizerHome } from './components/organizer-home';
