export { AssignmentPage } from './components/assignment-page';
