export { describeScoreProblem, isOnStep, validateScores, type ScoreProblem } from './validate-scores';
