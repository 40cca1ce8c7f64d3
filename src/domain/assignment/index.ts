/**
 * Judge assignment engine, format v1 (shared/spec/assignment-v1.md): the
 * single implementation shared by the organizer's page, the Cloud Function
 * and the CLI. Pure TypeScript: no I/O, no clock, no randomness.
 */
export {
  INPUT_FORMAT,
  OUTPUT_FORMAT,
  type AssignOutcome,
  type AssignedPair,
  type AssignmentInputV1,
  type AssignmentStats,
  type AssignmentV1,
  type EntryInput,
  type JudgeInput,
  type PreviousPairInput,
} from './types';
export { assign, assignJson } from './assign';
export { parseInput } from './parse-input';
export { planRound } from './round-plan';
export { planReplacement, type ReplacementOutcome, type ReplacementRequest } from './round-plan-recusal';
export type {
  PlanOutcome,
  PlanPair,
  PlanProblem,
  PlanRequest,
  PlanStrategy,
  PlanWarning,
  PoolSpec,
  RoundDocs,
  RoundPlan,
} from './round-plan-types';
