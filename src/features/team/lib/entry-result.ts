import type { PublishedTier } from '@/domain/publication';
import type { ResultsV1 } from '@/domain/results';

/** Where one entry stands in a published version. */
export type EntryResult =
  /** Among the award winners of `tier`. */
  | { kind: 'award'; tier: PublishedTier; rank: number; score: string; of: number | null }
  /** Ranked, without an award. */
  | { kind: 'ranked'; rank: number; score: string; of: number; track: string | null }
  /** Not an award winner; the rank is not at hand (results too large to be stored inline with the version). */
  | { kind: 'no-award' }
  /** Too few submitted sheets to be ranked. */
  | { kind: 'unranked' }
  /** Not in the results (not submitted, withdrawn, disqualified, or not in the round). */
  | { kind: 'absent' };

/**
 * The entry's award and rank: the published tiers first (their score is the
 * published string, never re-rounded), then the frozen results for an entry
 * without an award (its score to 2 decimals, as the tiers show it).
 */
export function entryResult(
  version: { tiers: readonly PublishedTier[]; results: ResultsV1 | null },
  entryId: string,
): EntryResult {
  const group = version.results?.groups.find((g) => g.entries.some((e) => e.entryId === entryId));
  const ranked = group?.entries.find((e) => e.entryId === entryId);
  for (const tier of version.tiers) {
    const hit = tier.entries.find((e) => e.entryId === entryId);
    if (hit) return { kind: 'award', tier, rank: hit.rank, score: hit.score, of: group?.entries.length ?? null };
  }
  if (group && ranked) {
    return {
      kind: 'ranked',
      rank: ranked.rank,
      score: ranked.score.toFixed(2),
      of: group.entries.length,
      track: group.track,
    };
  }
  if (!version.results) return { kind: 'no-award' };
  if (version.results.unranked.some((u) => u.entryId === entryId)) return { kind: 'unranked' };
  return { kind: 'absent' };
}
