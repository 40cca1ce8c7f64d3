/*
 * Builders for tests only (not exported from index.ts): terse exports whose
 * expected results can be worked out by hand.
 */
import type { AwardTierInput, CriterionInput, JudgingExportV1 } from './types';

type Competition = JudgingExportV1['competition'];
type EntryIn = JudgingExportV1['entries'][number];
type SheetIn = JudgingExportV1['sheets'][number];

export interface ExportSpec {
  criteria?: CriterionInput[];
  aggregation?: Partial<Competition['aggregation']>;
  scope?: 'overall' | 'track';
  tracks?: string[];
  awards?: AwardTierInput[];
  entries?: EntryIn[];
  sheets?: SheetIn[];
}

/** Two criteria, equal max 10: a (weight 3) and b (weight 1). */
export const DEFAULT_CRITERIA: CriterionInput[] = [
  { id: 'a', weight: 3, max: 10 },
  { id: 'b', weight: 1, max: 10 },
];

export function makeExport(spec: ExportSpec = {}): JudgingExportV1 {
  const competition: Competition = {
    id: 'test',
    rubric: { criteria: spec.criteria ?? DEFAULT_CRITERIA },
    aggregation: { method: 'mean', normalization: 'none', ...spec.aggregation } as Competition['aggregation'],
    ranking: { scope: spec.scope ?? 'overall' },
  };
  if (spec.tracks) competition.tracks = spec.tracks;
  if (spec.awards) competition.awards = spec.awards;
  return {
    format: 'judging-export/v1',
    competition,
    entries: spec.entries ?? [],
    sheets: spec.sheets ?? [],
  };
}

export function entry(id: string, extra: Partial<EntryIn> = {}): EntryIn {
  return { id, title: `Title ${id}`, ...extra };
}

/** A sheet; `scores` given as an array follows DEFAULT_CRITERIA (a, b). */
export function sheet(
  entryId: string,
  judgeId: string,
  scores: number[] | Record<string, number>,
  status: SheetIn['status'] = 'submitted',
): SheetIn {
  const s = Array.isArray(scores) ? { a: scores[0]!, b: scores[1]! } : scores;
  return { entryId, judgeId, status, scores: s };
}

/** A JSON deep copy, for mutating a fixture in one test. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
