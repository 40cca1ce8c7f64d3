export { JudgeHome } from './components/judge-home';
