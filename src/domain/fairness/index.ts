export { reReviewRefusal, type ReReviewJudge, type ReReviewPair, type ReReviewRefusal } from './re-review';
export {
  fairnessReport,
  fiveNumbers,
  type FairnessReport,
  type FiveNumbers,
  type JudgeDistribution,
  type PanelStat,
} from './distribution';
export { DEFAULT_DISAGREEMENT_THRESHOLD, disagreements, type Disagreement } from './disagreement';
