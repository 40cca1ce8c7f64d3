import { countedRange } from './aggregate';
import type { Analysis, EntryResult } from './analyze';
import { assignAwards } from './award-tiers';
import { compareIds } from './compare-ids';
import { mulberry32 } from './mulberry32';
import { orderGroup, type Rankable } from './rank';

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
  /** The real award's tier id, or null. */
  award: string | null;
  /** Overwritten by every sample: [score, tie-break values…]. */
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
  const prepared: Prepared[] = ranked.map((result, index) => {
    const perKey = tieBreak.map((c, k) => result.sheets.map((s) => s.scores[c]! / maxes[k]!));
    return {
      id: result.id,
      result,
      index,
      values: Float64Array.from(result.values),
      valueOrder: Int32Array.from(ascendingPositions(result.values)),
      fractions: Float64Array.from(perKey.flat()),
      fractionOrder: Int32Array.from(perKey.flatMap(ascendingPositions)),
      award: result.award ? result.award.id : null,
      keys: new Array<number>(tieBreak.length + 1).fill(0),
    };
  });
  const members: Prepared[][] = analysis.groups.map(() => []);
  for (const p of prepared) members[p.result.group]!.push(p);

  // ranks[index * B + b]: entry `index`'s rank in sample b (contiguous per
  // entry, so each entry's ranks sort in place at the end).
  const largestGroup = Math.max(0, ...members.map((m) => m.length));
  const ranks = largestGroup < 65536 ? new Uint16Array(prepared.length * B) : new Uint32Array(prepared.length * B);
  const sameAward = new Array<number>(prepared.length).fill(0);

  const rand = mulberry32(seed);
  // How many times each sheet of the entry at hand was drawn.
  const drawn = new Int32Array(prepared.reduce((most, p) => Math.max(most, p.values.length), 1));
  const nKeys = tieBreak.length;
  const progressStep = Math.max(1, Math.floor(B / 100));

  for (let b = 0; b < B; b++) {
    for (const p of prepared) {
      const { values, valueOrder, fractions, fractionOrder, keys } = p;
      const n = values.length;
      drawn.fill(0, 0, n);
      for (let i = 0; i < n; i++) drawn[Math.floor(rand() * n)]!++;
      // The drawn values are visited in ascending order (each as often as it
      // was drawn): the aggregation's counted range and the sums need no sort.
      const { from, to } = countedRange(n, config.method, config.trim);
      let sum = 0;
      for (let j = 0, position = 0; j < n && position < to; j++) {
        const at = valueOrder[j]!;
        for (let times = drawn[at]!; times > 0; times--, position++) {
          if (position >= from && position < to) sum += values[at]!;
        }
      }
      keys[0] = sum / (to - from);
      for (let k = 0; k < nKeys; k++) {
        const base = k * n;
        let total = 0;
        for (let j = 0; j < n; j++) {
          const at = fractionOrder[base + j]!;
          for (let times = drawn[at]!; times > 0; times--) total += fractions[base + at]!;
        }
        keys[k + 1] = total / n;
      }
    }
    analysis.groups.forEach((group, g) => {
      const { order, ranks: sampleRanks } = orderGroup(members[g]!);
      const awards = assignAwards(sampleRanks, group.tiers);
      for (let i = 0; i < order.length; i++) {
        const p = order[i]!;
        ranks[p.index * B + b] = sampleRanks[i]!;
        if ((awards[i]?.id ?? null) === p.award) sameAward[p.index]!++;
      }
    });
    if (onProgress && ((b + 1) % progressStep === 0 || b + 1 === B)) onProgress(b + 1, B);
  }

  const { low, high } = quantilePositions(B);
  const entries = prepared.map((p): EntryConfidence => {
    const mine = ranks.subarray(p.index * B, (p.index + 1) * B).sort();
    return { entryId: p.id, sameAward: sameAward[p.index]!, rankLow: mine[low - 1]!, rankHigh: mine[high - 1]! };
  });
  return { samples: B, seed, entries };
}

/** Positions of `values` in ascending order of value; equal values keep their order. */
function ascendingPositions(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
}
