export { AdvancePage } from './components/advance-page';
