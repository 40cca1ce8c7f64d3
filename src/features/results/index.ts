export { ResultsPreview } from './components/results-preview';
