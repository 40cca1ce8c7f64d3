export { ScreenPage } from './components/screen-page';
