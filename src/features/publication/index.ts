export { PublishPage } from './components/publish-page';
