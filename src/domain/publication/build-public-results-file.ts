import type { Competition } from '../model';
import { PUBLIC_RESULTS_FORMAT, type PublicResultsFile, type PublishedVersion } from './types';

/**
 * `public/{cid}/results.json`: the competition's names and every published
 * version, newest first. Only what was published: no `results` (the full
 * engine output, unranked entries included), no publisher uid.
 */
export function buildPublicResultsFile(
  competition: Pick<Competition, 'id' | 'title' | 'titleEn' | 'organizerName' | 'organizerNameEn'>,
  versions: readonly PublishedVersion[],
): PublicResultsFile {
  return {
    format: PUBLIC_RESULTS_FORMAT,
    competition: {
      id: competition.id,
      title: competition.title,
      titleEn: competition.titleEn,
      organizerName: competition.organizerName,
      organizerNameEn: competition.organizerNameEn,
    },
    versions: [...versions].sort((a, b) => b.version - a.version).map(publicFields),
  };
}

/** A version's own fields, whatever else the stored document carries (results, publishedBy). */
export function publicFields(v: PublishedVersion): PublishedVersion {
  return {
    id: v.id,
    version: v.version,
    roundId: v.roundId,
    roundName: v.roundName,
    roundNameEn: v.roundNameEn,
    publishedAt: v.publishedAt,
    reason: v.reason,
    noticeUntil: v.noticeUntil,
    computedAt: v.computedAt,
    exportSha256: v.exportSha256,
    exportPath: v.exportPath,
    method: { ...v.method },
    tiers: v.tiers,
    // Only when the organizer chose to publish it (its entries' figures are in the tiers).
    ...(v.confidence ? { confidence: { samples: v.confidence.samples, seed: v.confidence.seed } } : {}),
  };
}
