export { StagePage } from './components/stage-page';
