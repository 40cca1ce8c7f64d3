/**
 * The seeded draw of a roadshow's running order (抽签). Anyone holding the
 * seed and the starting order (both recorded in the stage and the audit log)
 * can re-check the result with these few lines: docs/roadshow.md.
 */
import { mulberry32 } from '../results/mulberry32';

export { mulberry32 };

/** Largest seed: the draw takes any unsigned 32-bit integer. */
export const MAX_DRAW_SEED = 4294967295;

/**
 * The drawn order: Fisher–Yates from the last index down (for i = n-1 … 1,
 * j = floor(rand() * (i + 1)), swap i and j) over `from`, which is the
 * entries in entry-number order. The same seed and the same `from` always
 * give the same order; `from` is not changed.
 */
export function drawOrder(from: readonly string[], seed: number): string[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_DRAW_SEED) {
    throw new RangeError(`A draw seed is an integer 0…${MAX_DRAW_SEED}, not ${seed}.`);
  }
  const order = [...from];
  const rand = mulberry32(seed);
  for (let i = order.length - 1; i >= 1; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
