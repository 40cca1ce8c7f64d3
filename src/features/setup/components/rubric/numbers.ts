// Number inputs and the rubric's weight arithmetic, kept out of the
// components so they can be tested on their own.

/**
 * A required number input's value: '' or what is not a number becomes NaN,
 * which the schema reports as 'validation.numberInvalid' on that field.
 */
export function toRequiredNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return Number.NaN;
  return Number(value);
}

/** An optional number input's value: '' (or not a number) is no value at all. */
export function toOptionalNumber(value: unknown): number | undefined {
  const n = toRequiredNumber(value);
  return Number.isNaN(n) ? undefined : n;
}

/** A number as a person writes it: at most two decimals, no float noise (0.1 + 0.2 → 0.3). */
export const plainNumber = (n: number): string => String(Math.round(n * 100) / 100);

const usable = (w: unknown): number => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0);

/** The weights' total, counting only weights a save would accept (above zero). */
export const weightTotal = (weights: readonly unknown[]): number => weights.reduce<number>((s, w) => s + usable(w), 0);

/**
 * Each weight as its share of 100, as the results engine uses it: weights are
 * normalised, so 3/2 scores like 60/40. A weight that is not above zero has
 * no share (null) until it is fixed.
 */
export function weightShares(weights: readonly unknown[]): (number | null)[] {
  const total = weightTotal(weights);
  return weights.map((w) => (usable(w) > 0 && total > 0 ? (usable(w) / total) * 100 : null));
}
