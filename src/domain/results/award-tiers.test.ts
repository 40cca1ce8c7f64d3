// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assignAwards, tierForRank } from './award-tiers';

const tier = (id: string, count: number) => ({ id, label: id, count, track: null });
const tiers = [tier('first', 1), tier('second', 2), tier('third', 3)]; // C = 1, 3, 6

const ids = (xs: ReturnType<typeof assignAwards>) => xs.map((t) => t?.id ?? null);

describe('award tiers with cumulative counts', () => {
  it('gives rank r the first tier with r ≤ C_k', () => {
    expect(ids(assignAwards([1, 2, 3, 4, 5, 6, 7], tiers))).toEqual([
      'first',
      'second',
      'second',
      'third',
      'third',
      'third',
      null,
    ]);
  });

  it('never splits a tie: a tie across a boundary all get the better tier', () => {
    // ranks 3, 3 both ≤ C_2 = 3 → both second; rank 5 → third
    expect(ids(assignAwards([1, 2, 3, 3, 5, 6, 7], tiers))).toEqual([
      'first',
      'second',
      'second',
      'second',
      'third',
      'third',
      null,
    ]);
    // a tie for first larger than every count
    expect(ids(assignAwards([1, 1, 1, 1, 1, 1, 1, 8], tiers))).toEqual([
      'first',
      'first',
      'first',
      'first',
      'first',
      'first',
      'first',
      null,
    ]);
  });

  it('skips a tier whose count is 0', () => {
    expect(ids(assignAwards([1, 2], [tier('gold', 1), tier('silver', 0), tier('bronze', 1)]))).toEqual([
      'gold',
      'bronze',
    ]);
  });

  it('gives nothing without tiers', () => {
    expect(ids(assignAwards([1, 2], []))).toEqual([null, null]);
  });

  it('tierForRank agrees', () => {
    for (const r of [1, 2, 3, 4, 6, 7]) {
      expect(tierForRank(r, tiers)?.id ?? null).toBe(ids(assignAwards([r], tiers))[0]);
    }
  });
});
