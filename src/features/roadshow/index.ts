export { JudgeStagePage } from './components/judge-stage-page';
