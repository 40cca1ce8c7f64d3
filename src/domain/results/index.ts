/**
 * Results engine, format v1: the single implementation of the scoring rules,
 * shared by the organizer preview (SPA), the Cloud Functions and the CLI.
 * Pure TypeScript: no I/O, no clock, no framework.
 */
export {
  EPSILON,
  EXPORT_FORMAT,
  RESULTS_FORMAT,
  type AggregationMethod,
  type AwardTier,
  type AwardTierInput,
  type CompetitionConfig,
  type CountedSheet,
  type Criterion,
  type CriterionInput,
  type EntryStatus,
  type JudgingExportV1,
  type Normalization,
  type RankedEntry,
  type RankingScope,
  type ResultGroup,
  type ResultsV1,
  type SheetStatus,
  type UnrankedEntry,
  type UnrankedReason,
  type ValidEntry,
  type ValidExport,
  type Validation,
} from './types';
export { validateExport } from './validate-export';
export { sheetTotal, sheetTotalFn } from './sheet-total';
export { zscoreParams, zscoreValue, type ZscoreParams } from './normalize';
export { aggregate, type Aggregate } from './aggregate';
export { orderGroup, tieBreakOrder, TIE, NONE, type Ordering, type Rankable } from './rank';
export { assignAwards, tierForRank } from './award-tiers';
export { analyze, type Analysis, type EntryResult, type GroupResult, type JudgeResult } from './analyze';
export {
  computeResults,
  computeResultsOrThrow,
  resultsFromAnalysis,
  ExportRefusedError,
  type ComputeOutcome,
} from './compute-results';
export {
  explainEntry,
  type CriterionBreakdown,
  type DecidingRule,
  type EntryBreakdown,
  type NeighbourComparison,
  type SheetBreakdown,
} from './breakdown';
export { judgeStats, type JudgeStat } from './judge-stats';
export { resultRows, type ResultRow } from './results-table';
export { compareIds } from './compare-ids';
export { mulberry32 } from './mulberry32';
export {
  computeConfidence,
  confidencePercent,
  isContested,
  quantilePositions,
  CONFIDENCE_DEFAULTS,
  CONTESTED_SHARE,
  MAX_SAMPLES,
  MAX_SEED,
  MIN_SAMPLES,
  type ConfidenceOptions,
  type ConfidenceV1,
  type EntryConfidence,
} from './confidence';
export { contestedLines, type ContestedLine, type GroupContestedLines, type LineEntry } from './contested-lines';
