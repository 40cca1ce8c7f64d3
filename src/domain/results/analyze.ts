import { aggregateInto } from './aggregate';
import { assignAwards } from './award-tiers';
import { compareIds } from './compare-ids';
import { zscoreParams, zscoreValue, type ZscoreParams } from './normalize';
import { orderGroup, tieBreakOrder, type Rankable } from './rank';
import { sheetTotalFn } from './sheet-total';
import type { AwardTier, CompetitionConfig, CountedSheet, ValidEntry, ValidExport } from './types';

/*
 * The full computation, kept as a data structure rather than only the
 * published JSON, so that the breakdown ("why is this entry third?") and the
 * judge statistics read the very numbers the results were made from.
 */

/*
 * Per-sheet results live in arrays on the entry (totals, values, used, at
 * the positions of entry.sheets) rather than in an object per sheet: on a
 * 150,000-sheet export, allocation and garbage collection cost more than
 * the arithmetic, and arrays of numbers are stored unboxed.
 */

export interface EntryResult extends Rankable {
  entry: ValidEntry;
  /** Counted sheets, by judgeId. */
  sheets: CountedSheet[];
  /** Sheet totals T (0–100), same positions as `sheets`. */
  totals: number[];
  /** Sheet values after normalization (T itself with `none`). */
  values: number[];
  /** Did each sheet's value contribute to the score (trimmed mean, median)? */
  used: boolean[];
  /** Entry score; null when it has no counted sheet. */
  score: number | null;
  /** Per criterion (rubric order): mean raw score over counted sheets. */
  means: number[];
  /** Per criterion (rubric order): mean of s_c / max_c over counted sheets. */
  fractions: number[];
  ranked: boolean;
  /** Index of the ranking group (ranked entries), else -1. */
  group: number;
  /** Position within the group's order, else -1. */
  position: number;
  rank: number | null;
  award: AwardTier | null;
  /** Versus the entry just above: key index, TIE, or NONE (see rank.ts). */
  decider: number;
}

export interface GroupResult {
  track: string | null;
  /** This group's tiers, in listed order. */
  tiers: AwardTier[];
  order: EntryResult[];
}

export interface JudgeResult {
  judgeId: string;
  /**
   * The judge's counted sheets: entries[k].sheets[slots[k]], in export entry
   * order (no sum depends on that order).
   */
  entries: EntryResult[];
  slots: number[];
  /** Calibration over those sheets' totals (used by zscore, reported always). */
  params: ZscoreParams;
}

export interface Analysis {
  config: CompetitionConfig;
  /** Criterion indexes in tie-break order (weight desc, then rubric order). */
  tieBreak: number[];
  /** Submitted entries, in export order. */
  entries: EntryResult[];
  byId: Map<string, EntryResult>;
  /** Withdrawn and disqualified entries: left out of everything. */
  excluded: ValidEntry[];
  groups: GroupResult[];
  /** Entries with fewer than minSheets counted sheets, by entryId. */
  unranked: EntryResult[];
  judges: JudgeResult[];
}

export function analyze(data: ValidExport): Analysis {
  const { config } = data;
  const criteria = config.criteria;
  const nCrit = criteria.length;
  const total = sheetTotalFn(criteria);
  const tieBreak = tieBreakOrder(criteria.map((c) => c.weight));

  const entries: EntryResult[] = [];
  const excluded: ValidEntry[] = [];
  const byId = new Map<string, EntryResult>();
  const judgeMap = new Map<string, JudgeResult>();

  // Pass 1: sheet totals, and each judge's sheets (submitted entries only,
  // ranked or not, as the zscore rule requires).
  for (const entry of data.entries) {
    if (entry.status !== 'submitted') {
      excluded.push(entry);
      continue;
    }
    const sheets = entry.sheets;
    const n = sheets.length;
    const totals = new Array<number>(n);
    for (let i = 0; i < n; i++) totals[i] = total(sheets[i]!.scores);
    const result: EntryResult = {
      id: entry.id,
      keys: [],
      entry,
      sheets,
      totals,
      values: totals.slice(),
      used: new Array<boolean>(n).fill(false),
      score: null,
      means: [],
      fractions: [],
      ranked: false,
      group: -1,
      position: -1,
      rank: null,
      award: null,
      decider: -2,
    };
    entries.push(result);
    byId.set(entry.id, result);
    for (let i = 0; i < n; i++) {
      const judgeId = sheets[i]!.judgeId;
      let judge = judgeMap.get(judgeId);
      if (!judge) {
        judge = { judgeId, entries: [], slots: [], params: zscoreParams([]) };
        judgeMap.set(judgeId, judge);
      }
      judge.entries.push(result);
      judge.slots.push(i);
    }
  }

  const judges = [...judgeMap.values()].sort((a, b) => compareIds(a.judgeId, b.judgeId));
  for (const judge of judges) {
    const { entries: on, slots } = judge;
    const mine = new Array<number>(on.length);
    for (let k = 0; k < on.length; k++) mine[k] = on[k]!.totals[slots[k]!]!;
    judge.params = zscoreParams(mine);
    if (config.normalization === 'zscore') {
      for (let k = 0; k < on.length; k++) on[k]!.values[slots[k]!] = zscoreValue(mine[k]!, judge.params);
    }
  }

  // Pass 2: entry scores and tie-break keys.
  const groupOf = new Map<string | null, number>();
  const groups: GroupResult[] = [];
  if (config.scope === 'overall') {
    groups.push({ track: null, tiers: config.awards, order: [] });
    groupOf.set(null, 0);
  } else {
    config.tracks.forEach((track, i) => {
      groups.push({ track, tiers: config.awards.filter((t) => t.track === track), order: [] });
      groupOf.set(track, i);
    });
  }
  const members: EntryResult[][] = groups.map(() => []);
  const unranked: EntryResult[] = [];

  for (const e of entries) {
    const n = e.sheets.length;
    if (n > 0) {
      e.score = aggregateInto(e.values, e.used, config.method, config.trim);
      // Sheets are in judgeId order, so these sums are reproducible too.
      const means = new Array<number>(nCrit);
      const fractions = new Array<number>(nCrit);
      for (let c = 0; c < nCrit; c++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += e.sheets[i]!.scores[c]!;
        means[c] = sum / n;
        fractions[c] = sum / n / criteria[c]!.max;
      }
      e.means = means;
      e.fractions = fractions;
    }
    if (n < config.minSheets || e.score === null) {
      unranked.push(e);
      continue;
    }
    const keys = new Array<number>(nCrit + 1);
    keys[0] = e.score;
    for (let k = 0; k < nCrit; k++) keys[k + 1] = e.fractions[tieBreak[k]!]!;
    e.keys = keys;
    e.ranked = true;
    const g = config.scope === 'overall' ? 0 : groupOf.get(e.entry.track)!;
    e.group = g;
    members[g]!.push(e);
  }
  unranked.sort((a, b) => compareIds(a.id, b.id));

  // Pass 3: order, rank and award each group (one sort per group).
  groups.forEach((group, g) => {
    const { order, ranks, deciders } = orderGroup(members[g]!);
    const awards = assignAwards(ranks, group.tiers);
    for (let i = 0; i < order.length; i++) {
      const e = order[i]!;
      e.position = i;
      e.rank = ranks[i]!;
      e.decider = deciders[i]!;
      e.award = awards[i]!;
    }
    group.order = order;
  });

  return { config, tieBreak, entries, byId, excluded, groups, unranked, judges };
}
