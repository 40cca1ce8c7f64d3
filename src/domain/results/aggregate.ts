import type { AggregationMethod } from './types';

export interface Aggregate {
  /** The entry's score; NaN when there are no values. */
  score: number;
  /** Per input value (same positions): did it contribute to the score? */
  used: boolean[];
}

/**
 * Entry score from its counted sheet values.
 *  - mean: all values;
 *  - median: the middle value, or the mean of the two middle ones;
 *  - trimmed-mean: drop `trim` lowest and `trim` highest, mean of the rest,
 *    only when n ≥ 2·trim + 1 (otherwise the plain mean).
 * Equal values are ordered by position, so which judge's sheet counts as
 * "dropped" is deterministic when callers pass sheets in judgeId order. The
 * contributing values are summed in ascending order, independent of input order.
 */
export function aggregate(values: readonly number[], method: AggregationMethod, trim: number): Aggregate {
  const used = new Array<boolean>(values.length).fill(false);
  const score = aggregateInto(values, used, method, trim);
  return { score, used };
}

/**
 * The rule itself, writing each value's use into `used` (same positions) and
 * returning the score. The engine's hot loop (once per entry) calls it
 * directly, as it allocates nothing; aggregate() wraps it for everyone else.
 * Equal values keep their input order (callers pass judgeId order).
 */
export function aggregateInto(
  values: readonly number[],
  used: boolean[],
  method: AggregationMethod,
  trim: number,
): number {
  const n = values.length;
  if (n === 0) return NaN;
  // Stable insertion sort of positions, by value, into a reused buffer.
  const order = scratch;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let j = i;
    while (j > 0 && values[order[j - 1]!]! > v) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  const { from, to } = countedRange(n, method, trim);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const counts = k >= from && k < to;
    used[i] = counts;
    if (counts) sum += values[i]!;
  }
  return sum / (to - from);
}

/**
 * Which of n values, sorted ascending, count: positions from … to-1. The rule
 * of each method in one place (aggregateInto and the confidence resampling).
 */
export function countedRange(n: number, method: AggregationMethod, trim: number): { from: number; to: number } {
  if (method === 'median') return { from: (n - 1) >> 1, to: (n >> 1) + 1 };
  if (method === 'trimmed-mean' && n >= 2 * trim + 1) return { from: trim, to: n - trim };
  return { from: 0, to: n };
}

/** Working buffer of aggregateInto (synchronous, so never shared). */
const scratch: number[] = [];
