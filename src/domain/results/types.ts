/**
 * Types for results format v1 (see docs/results-engine.md and the contract
 * in results-format-v1.md). Three layers:
 *  - `JudgingExportV1`: the JSON an export file holds, as producers write it;
 *  - `ValidExport`: the same data after validation, defaults applied, with
 *    counted sheets already reduced to score arrays in rubric order;
 *  - `ResultsV1`: the published output.
 */

export const EXPORT_FORMAT = 'judging-export/v1';
export const RESULTS_FORMAT = 'judging-results/v1';

/** Scores, and the per-criterion tie-break values, closer than this are equal. */
export const EPSILON = 1e-9;

export type AggregationMethod = 'mean' | 'median' | 'trimmed-mean';
export type Normalization = 'none' | 'zscore';
export type RankingScope = 'overall' | 'track';
export type EntryStatus = 'submitted' | 'withdrawn' | 'disqualified';
export type SheetStatus = 'submitted' | 'draft' | 'recused';

// ---------------------------------------------------------------- input JSON

export interface CriterionInput {
  id: string;
  weight: number;
  max: number;
  /** Display name; ignored by the engine. */
  label?: string;
}

export interface AwardTierInput {
  id: string;
  label?: string;
  count: number;
  /** Required under `track` scope, forbidden under `overall` scope. */
  track?: string | null;
}

export interface JudgingExportV1 {
  format: typeof EXPORT_FORMAT;
  competition: {
    id: string;
    name?: string;
    rubric: { criteria: CriterionInput[] };
    aggregation: {
      method: AggregationMethod;
      trim?: number;
      normalization: Normalization;
      minSheets?: number;
    };
    ranking: { scope: RankingScope };
    tracks?: string[];
    awards?: AwardTierInput[];
  };
  entries: Array<{
    id: string;
    track?: string | null;
    title?: string;
    status?: EntryStatus;
  }>;
  sheets: Array<{
    entryId: string;
    judgeId: string;
    status: SheetStatus;
    scores?: Record<string, number>;
  }>;
}

// ------------------------------------------------------- validated model

export interface Criterion {
  id: string;
  weight: number;
  max: number;
}

export interface AwardTier {
  id: string;
  /** The tier's label, or its id when the export gives none. */
  label: string;
  count: number;
  track: string | null;
}

export interface CompetitionConfig {
  id: string;
  criteria: Criterion[];
  method: AggregationMethod;
  trim: number;
  normalization: Normalization;
  minSheets: number;
  scope: RankingScope;
  tracks: string[];
  awards: AwardTier[];
}

/** A submitted sheet on a submitted entry: the only kind that counts. */
export interface CountedSheet {
  entryId: string;
  judgeId: string;
  /**
   * Scores in rubric order (`config.criteria`). Copied, so the validated
   * model keeps no reference to the parsed export and a caller that drops
   * the export lets the garbage collector reclaim it before analysis.
   */
  scores: number[];
  /** Position in the export's `sheets` array, for messages. */
  index: number;
}

export interface ValidEntry {
  id: string;
  track: string | null;
  title: string;
  status: EntryStatus;
  /** Counted sheets, sorted by judgeId (one per judge). Empty unless submitted. */
  sheets: CountedSheet[];
}

export interface ValidExport {
  config: CompetitionConfig;
  /** All entries in export order, withdrawn and disqualified ones included. */
  entries: ValidEntry[];
}

export type Validation = { ok: true; value: ValidExport } | { ok: false; problems: string[] };

// ---------------------------------------------------------------- output

export type UnrankedReason = 'insufficient-sheets';

export interface RankedEntry {
  entryId: string;
  rank: number;
  score: number;
  sheets: number;
  award: string | null;
}

export interface ResultGroup {
  track: string | null;
  entries: RankedEntry[];
}

export interface UnrankedEntry {
  entryId: string;
  reason: UnrankedReason;
  sheets: number;
}

export interface ResultsV1 {
  format: typeof RESULTS_FORMAT;
  competitionId: string;
  groups: ResultGroup[];
  unranked: UnrankedEntry[];
}
