import { sumAscendingInPlace } from './deterministic-sum';
import { EPSILON } from './types';

/** A judge's calibration: mean and population standard deviation of T. */
export interface ZscoreParams {
  count: number;
  mean: number;
  sd: number;
  /** True when every sheet maps to 50 (fewer than 2 sheets, or σ = 0). */
  flat: boolean;
}

/**
 * Mean and population σ of one judge's sheet totals (all of the judge's
 * counted sheets in the export). `totals` is not modified.
 *
 * σ is treated as 0 when it is ≤ 1e-9: two mathematically equal totals can
 * differ in their last bit, and dividing that noise by a near-zero σ would
 * blow it up to ±10 points.
 */
export function zscoreParams(totals: readonly number[]): ZscoreParams {
  const count = totals.length;
  if (count === 0) return { count, mean: NaN, sd: NaN, flat: true };
  const sorted = Float64Array.from(totals);
  const mean = sumAscendingInPlace(sorted) / count;
  const squares = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const d = sorted[i]! - mean;
    squares[i] = d * d;
  }
  const sd = Math.sqrt(sumAscendingInPlace(squares) / count);
  return { count, mean, sd, flat: count < 2 || sd <= EPSILON };
}

/** `50 + 10 (T − μ) / σ`, or 50 for a flat judge. */
export function zscoreValue(total: number, p: ZscoreParams): number {
  return p.flat ? 50 : 50 + (10 * (total - p.mean)) / p.sd;
}
