export { TeamHome } from './components/team-home';
export { EntryPage } from './components/entry-form/entry-page';
