import type { Analysis, EntryResult } from './analyze';
import { NONE, TIE } from './rank';
import type { AggregationMethod, EntryStatus, Normalization } from './types';

/**
 * "Why is this entry third and not second?" — everything that went into one
 * entry's place, in a shape the organizer UI can render and localize.
 */

/** Which rule separated two neighbouring entries. */
export type DecidingRule = 'score' | `criterion:${string}` | 'tie';

export interface NeighbourComparison {
  entryId: string;
  rank: number;
  rule: DecidingRule;
  /**
   * The two values the rule compared: scores for `score` and `tie`, the mean
   * of s_c / max_c for `criterion:<id>`. `value` is this entry's.
   */
  value: number;
  neighbourValue: number;
}

export interface SheetBreakdown {
  judgeId: string;
  /** Sheet total T (0–100). */
  total: number;
  /** Value after normalization (equals total with `none`). */
  value: number;
  /** False when trimmed mean or median left this sheet out. */
  used: boolean;
}

export interface CriterionBreakdown {
  criterionId: string;
  weight: number;
  max: number;
  /** Mean raw score over counted sheets (null without sheets). */
  mean: number | null;
  /** Mean of s_c / max_c (0–1), the tie-break value (null without sheets). */
  fraction: number | null;
  /** 1 = first tie-break after the score. */
  tieBreakPosition: number;
}

export interface EntryBreakdown {
  entryId: string;
  title: string;
  track: string | null;
  status: 'ranked' | 'unranked' | 'excluded';
  /** Why it is not ranked: too few sheets, or the entry's own status. */
  reason: 'insufficient-sheets' | Exclude<EntryStatus, 'submitted'> | null;
  /** Ranking group (track id, or null for overall / not ranked). */
  group: string | null;
  rank: number | null;
  score: number | null;
  award: string | null;
  awardLabel: string | null;
  method: AggregationMethod;
  trim: number;
  normalization: Normalization;
  minSheets: number;
  /** Counted sheets, by judgeId. */
  sheets: SheetBreakdown[];
  /** Judges whose sheet did not contribute to the score (trimmed mean, median). */
  dropped: string[];
  criteria: CriterionBreakdown[];
  /** Versus the entry listed just above in its group (null when first or not ranked). */
  above: NeighbourComparison | null;
  /** Versus the entry listed just below (null when last or not ranked). */
  below: NeighbourComparison | null;
}

function compare(a: Analysis, upper: EntryResult, lower: EntryResult, self: EntryResult): NeighbourComparison {
  const other = self === upper ? lower : upper;
  const level = lower.decider;
  let rule: DecidingRule;
  let value: number;
  let neighbourValue: number;
  if (level === TIE || level === NONE || level === 0) {
    rule = level === 0 ? 'score' : 'tie';
    value = self.score!;
    neighbourValue = other.score!;
  } else {
    const c = a.tieBreak[level - 1]!;
    rule = `criterion:${a.config.criteria[c]!.id}`;
    value = self.fractions[c]!;
    neighbourValue = other.fractions[c]!;
  }
  return { entryId: other.id, rank: other.rank!, rule, value, neighbourValue };
}

/** Breakdown of one entry, or null when the export has no such entry. */
export function explainEntry(a: Analysis, entryId: string): EntryBreakdown | null {
  const { config } = a;
  const base = {
    method: config.method,
    trim: config.trim,
    normalization: config.normalization,
    minSheets: config.minSheets,
  };
  const e = a.byId.get(entryId);
  if (!e) {
    const x = a.excluded.find((v) => v.id === entryId);
    if (!x) return null;
    return {
      entryId: x.id,
      title: x.title,
      track: x.track,
      status: 'excluded',
      reason: x.status === 'submitted' ? null : x.status,
      group: null,
      rank: null,
      score: null,
      award: null,
      awardLabel: null,
      ...base,
      sheets: [],
      dropped: [],
      criteria: config.criteria.map((c, i) => ({
        criterionId: c.id,
        weight: c.weight,
        max: c.max,
        mean: null,
        fraction: null,
        tieBreakPosition: a.tieBreak.indexOf(i) + 1,
      })),
      above: null,
      below: null,
    };
  }
  const hasSheets = e.sheets.length > 0;
  let above: NeighbourComparison | null = null;
  let below: NeighbourComparison | null = null;
  let group: string | null = null;
  if (e.ranked) {
    const g = a.groups[e.group]!;
    group = g.track;
    const up = g.order[e.position - 1];
    const down = g.order[e.position + 1];
    if (up) above = compare(a, up, e, e);
    if (down) below = compare(a, e, down, e);
  }
  return {
    entryId: e.id,
    title: e.entry.title,
    track: e.entry.track,
    status: e.ranked ? 'ranked' : 'unranked',
    reason: e.ranked ? null : 'insufficient-sheets',
    group,
    rank: e.rank,
    score: e.score,
    award: e.award ? e.award.id : null,
    awardLabel: e.award ? e.award.label : null,
    ...base,
    sheets: e.sheets.map((s, i) => ({
      judgeId: s.judgeId,
      total: e.totals[i]!,
      value: e.values[i]!,
      used: e.used[i]!,
    })),
    dropped: e.sheets.filter((_, i) => !e.used[i]).map((s) => s.judgeId),
    criteria: config.criteria.map((c, i) => ({
      criterionId: c.id,
      weight: c.weight,
      max: c.max,
      mean: hasSheets ? e.means[i]! : null,
      fraction: hasSheets ? e.fractions[i]! : null,
      tieBreakPosition: a.tieBreak.indexOf(i) + 1,
    })),
    above,
    below,
  };
}
