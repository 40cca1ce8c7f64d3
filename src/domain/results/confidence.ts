import { countedRange } from './aggregate';
import type { Analysis, EntryResult } from './analyze';
import { tierForRank } from './award-tiers';
import { compareIds } from './compare-ids';
import { mulberry32 } from './mulberry32';
import { orderGroup, type Rankable } from './rank';
import { EPSILON, type AwardTier } from './types';

/*
 * Award confidence at the prize lines (shared/spec/confidence-v1.md): a
 * bootstrap over each ranked entry's own counted sheets, replayed exactly by
 * anyone from the seed. It never changes a rank or an award; it says how
 * often a panel drawn from the same judges' sheets would have given the
 * entry the same award, and the range its rank would move in.
 */

export interface EntryConfidence {
  entryId: string;
  /** Samples in which the entry's award is the real one (or none in both). */
  sameAward: number;
  /** The ⌈0.025·B⌉-th smallest of the entry's B sample ranks. */
  rankLow: number;
  /** The ⌈0.975·B⌉-th smallest of the entry's B sample ranks. */
  rankHigh: number;
}

/** The `confidence` member of the results JSON, exactly as the spec lists it. */
export interface ConfidenceV1 {
  samples: number;
  seed: number;
  /** Every ranked entry, by entryId (code-unit order). */
  entries: EntryConfidence[];
}

export interface ConfidenceOptions {
  /** B, the number of resampled panels: 100 … 100000. */
  samples: number;
  /** S, mulberry32's seed: 0 … 4294967295. */
  seed: number;
}

export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 100_000;
export const MAX_SEED = 4294967295;

/** What the Cloud Function stores with every computation, and the CLI's defaults. */
export const CONFIDENCE_DEFAULTS: ConfidenceOptions = { samples: 2000, seed: 1 };

/** An entry sits on a contested prize line when it keeps its award in fewer than this share of samples. */
export const CONTESTED_SHARE = 0.9;

export function isContested(e: EntryConfidence, samples: number): boolean {
  return e.sameAward < CONTESTED_SHARE * samples;
}

/**
 * An award confidence as a whole percentage, rounded down, as every page
 * shows it: 1999 of 2000 is 99 %, never 100 %, so 100 % always means every
 * resampled panel agreed, and a contested entry never reads 90 %.
 */
export function confidencePercent(sameAward: number, samples: number): number {
  return samples > 0 ? Math.floor((100 * sameAward) / samples) : 0;
}

/**
 * The positions, counting from 1, of rankLow and rankHigh among B sorted
 * ranks: ⌈0.025·B⌉ and ⌈0.975·B⌉, computed as ⌈B/40⌉ and ⌈39·B/40⌉ so that no
 * binary rounding of 0.025 can move them by one (B/40 is exact whenever it
 * is an integer).
 */
export function quantilePositions(samples: number): { low: number; high: number } {
  return { low: Math.ceil(samples / 40), high: Math.ceil((39 * samples) / 40) };
}

/** A ranked entry, ready to be resampled many times without allocating. */
interface Prepared extends Rankable {
  result: EntryResult;
  /** Index into the rank store (entryId order). */
  index: number;
  /** The sheets' values v (after normalization), in judgeId order. */
  values: Float64Array;
  /** Sheet positions by ascending value (equal values by position). */
  valueOrder: Int32Array;
  /** fractions[k * n + i]: sheet i's s_c / max_c for the k-th tie-break criterion. */
  fractions: Float64Array;
  /** fractionOrder[k * n …]: sheet positions by ascending fraction of that criterion. */
  fractionOrder: Int32Array;
  /** Where this entry's draw counts start in the shared `drawn` buffer. */
  offset: number;
  /** The method's counted positions among the n sorted drawn values (countedRange). */
  from: number;
  to: number;
  /** The real award's tier id, or null. */
  award: string | null;
  /** [score, tie-break values…] of a sample, written only when the entry is in a run within 1e-9. */
  keys: number[];
}

/**
 * Computes `confidence` for the results in `analysis` (steps 3–5 of the
 * spec). Synchronous and pure; `onProgress(done, total)` is called after
 * about every 1 % of the samples so a Web Worker can report progress.
 */
export function computeConfidence(
  analysis: Analysis,
  options: ConfidenceOptions = CONFIDENCE_DEFAULTS,
  onProgress?: (done: number, total: number) => void,
): ConfidenceV1 {
  const { samples: B, seed } = options;
  if (!Number.isInteger(B) || B < MIN_SAMPLES || B > MAX_SAMPLES) {
    throw new RangeError(`samples must be an integer ${MIN_SAMPLES}…${MAX_SAMPLES}, not ${B}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer 0…${MAX_SEED}, not ${seed}`);
  }
  const { config, tieBreak } = analysis;
  const maxes = tieBreak.map((c) => config.criteria[c]!.max);

  // Every ranked entry in entryId order: the order the generator is drawn in.
  const ranked = analysis.groups.flatMap((g) => g.order).sort((a, b) => compareIds(a.id, b.id));
  let offset = 0;
  const prepared: Prepared[] = ranked.map((result, index) => {
    const perKey = tieBreak.map((c, k) => result.sheets.map((s) => s.scores[c]! / maxes[k]!));
    const p: Prepared = {
      id: result.id,
      result,
      index,
      values: Float64Array.from(result.values),
      valueOrder: Int32Array.from(ascendingPositions(result.values)),
      fractions: Float64Array.from(perKey.flat()),
      fractionOrder: Int32Array.from(perKey.flatMap(ascendingPositions)),
      offset,
      ...countedRange(result.sheets.length, config.method, config.trim),
      award: result.award ? result.award.id : null,
      keys: new Array<number>(tieBreak.length + 1).fill(0),
    };
    offset += result.sheets.length;
    return p;
  });
  const groups = analysis.groups.map((group) => new GroupRanker(group.tiers));
  for (const p of prepared) groups[p.result.group]!.members.push(p);

  // ranks[b * m + index]: entry `index`'s rank in sample b. One row per
  // sample, written in place order, so memory is touched in sequence.
  const m = prepared.length;
  const largestGroup = Math.max(0, ...groups.map((g) => g.members.length));
  const ranks = largestGroup < 65536 ? new Uint16Array(m * B) : new Uint32Array(m * B);
  const sameAward = new Int32Array(m);
  const scores = new Float64Array(m);
  // drawn[p.offset + i]: how many times sheet i of entry p was drawn in this sample.
  const drawn = new Int32Array(Math.max(1, offset));
  const rand = mulberry32(seed);
  const progressStep = Math.max(1, Math.floor(B / 100));

  for (let b = 0; b < B; b++) {
    for (const p of prepared) {
      const n = p.values.length;
      const at = p.offset;
      for (let i = 0; i < n; i++) drawn[at + i] = 0;
      for (let i = 0; i < n; i++) drawn[at + Math.floor(rand() * n)]!++;
      scores[p.index] = resampledScore(p, drawn);
    }
    const row = ranks.subarray(b * m, (b + 1) * m);
    for (const group of groups) group.rank(scores, drawn, row, sameAward);
    if (onProgress && ((b + 1) % progressStep === 0 || b + 1 === B)) onProgress(b + 1, B);
  }

  const { low, high } = quantilePositions(B);
  const mine = new Uint32Array(B);
  const entries = prepared.map((p): EntryConfidence => {
    for (let b = 0; b < B; b++) mine[b] = ranks[b * m + p.index]!;
    mine.sort();
    return { entryId: p.id, sameAward: sameAward[p.index]!, rankLow: mine[low - 1]!, rankHigh: mine[high - 1]! };
  });
  return { samples: B, seed, entries };
}

/**
 * Ranks one group's entries on a sample's scores (keys[0]), as orderGroup
 * would but without sorting entry objects: the scores are sorted as plain
 * numbers (a native sort) and each entry finds its place by binary search.
 * Most entries are more than 1e-9 from their neighbours; only runs within
 * 1e-9 need the tie-break values and the engine's own chained ordering
 * (orderGroup), which a run gets exactly as the whole group would, since a
 * run is one link of the chain at the first key.
 */
class GroupRanker {
  readonly members: Prepared[] = [];
  private sorted = new Float64Array(0);
  /** For each place d (0 = highest score), the first place of its run within 1e-9. */
  private runStart = new Int32Array(0);
  /** At a run's first place: the run's length. */
  private runLength = new Int32Array(0);
  /** The award tier id of each rank (index rank - 1), by the cumulative counts. */
  private tierIds: (string | null)[] = [];

  constructor(private readonly tiers: readonly AwardTier[]) {}

  /**
   * Writes each member's rank on `scores` into row[index], and counts in
   * sameAward[index] whether the rank's tier is the member's real one.
   */
  rank(scores: Float64Array, drawn: Int32Array, row: Uint16Array | Uint32Array, sameAward: Int32Array): void {
    const { members } = this;
    const m = members.length;
    if (this.sorted.length !== m) this.allocate(m);
    const { sorted, runStart, runLength, tierIds } = this;
    for (let i = 0; i < m; i++) sorted[i] = scores[members[i]!.index]!;
    sorted.sort(); // ascending; place d is sorted[m - 1 - d]
    runLength.fill(0);
    for (let d = 0, start = 0; d < m; d++) {
      if (d > 0 && sorted[m - d]! - sorted[m - 1 - d]! > EPSILON) start = d;
      runStart[d] = start;
      runLength[start]!++;
    }
    let tied: Map<number, Prepared[]> | null = null;
    for (let i = 0; i < m; i++) {
      const p = members[i]!;
      const start = runStart[m - 1 - lowerBound(sorted, scores[p.index]!)]!;
      if (runLength[start] === 1) {
        row[p.index] = start + 1;
        if (tierIds[start] === p.award) sameAward[p.index]!++;
      } else {
        tied ??= new Map();
        const run = tied.get(start);
        if (run) run.push(p);
        else tied.set(start, [p]);
      }
    }
    if (!tied) return;
    for (const [start, run] of tied) {
      for (const p of run) {
        p.keys[0] = scores[p.index]!;
        resampledTieBreaks(p, drawn);
      }
      const ordering = orderGroup(run);
      for (let i = 0; i < ordering.order.length; i++) {
        const p = ordering.order[i]!;
        const rank = start + ordering.ranks[i]!;
        row[p.index] = rank;
        if (tierIds[rank - 1] === p.award) sameAward[p.index]!++;
      }
    }
  }

  private allocate(m: number): void {
    this.sorted = new Float64Array(m);
    this.runStart = new Int32Array(m);
    this.runLength = new Int32Array(m);
    this.tierIds = Array.from({ length: m }, (_, i) => tierForRank(i + 1, this.tiers)?.id ?? null);
  }
}

/** The first position of `sorted` (ascending) holding a value ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entry's score over its drawn sheets (each counted as often as it was
 * drawn). The drawn values are visited in ascending order, so the method's
 * counted range (countedRange, as for the real score) needs no sort and the
 * sum runs in ascending order.
 */
function resampledScore(p: Prepared, drawn: Int32Array): number {
  const { values, valueOrder, offset, from, to } = p;
  const n = values.length;
  let sum = 0;
  for (let j = 0, position = 0; j < n && position < to; j++) {
    const at = valueOrder[j]!;
    for (let times = drawn[offset + at]!; times > 0; times--, position++) {
      if (position >= from && position < to) sum += values[at]!;
    }
  }
  return sum / (to - from);
}

/** Writes keys[1…]: per tie-break criterion, the mean of s_c / max_c over the drawn sheets, summed ascending. */
function resampledTieBreaks(p: Prepared, drawn: Int32Array): void {
  const { fractions, fractionOrder, offset, keys } = p;
  const n = p.values.length;
  for (let k = 0; k + 1 < keys.length; k++) {
    const base = k * n;
    let total = 0;
    for (let j = 0; j < n; j++) {
      const at = fractionOrder[base + j]!;
      for (let times = drawn[offset + at]!; times > 0; times--) total += fractions[base + at]!;
    }
    keys[k + 1] = total / n;
  }
}

/** Positions of `values` in ascending order of value; equal values keep their order. */
function ascendingPositions(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
}
