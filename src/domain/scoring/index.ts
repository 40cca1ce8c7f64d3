export { describeScoreProblem, validateScores, type ScoreProblem } from './validate-scores';
