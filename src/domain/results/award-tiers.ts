import type { AwardTier } from './types';

/**
 * Award of each rank in one group. Tiers are taken in listed order with
 * cumulative counts C_k = count_1 + … + count_k; rank r gets the first tier
 * with r ≤ C_k, or none. Because it goes by rank, tied entries (same rank)
 * always land in the same tier, even if that makes a tier larger than its count.
 * `ranks` must be non-decreasing (as produced by orderGroup).
 */
export function assignAwards(ranks: readonly number[], tiers: readonly AwardTier[]): (AwardTier | null)[] {
  const out = new Array<AwardTier | null>(ranks.length);
  let k = 0;
  let cumulative = tiers.length > 0 ? tiers[0]!.count : 0;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i]!;
    while (k < tiers.length && r > cumulative) {
      k++;
      if (k < tiers.length) cumulative += tiers[k]!.count;
    }
    out[i] = k < tiers.length ? tiers[k]! : null;
  }
  return out;
}

/** The tier a single rank gets (same rule as assignAwards). */
export function tierForRank(rank: number, tiers: readonly AwardTier[]): AwardTier | null {
  let cumulative = 0;
  for (const t of tiers) {
    cumulative += t.count;
    if (rank <= cumulative) return t;
  }
  return null;
}
