import type { AggregationMethod, Normalization } from '../results';

/**
 * A published version of a competition's results, as the public sees it:
 * `publishedResults/v{n}` in Firestore (plus `results`, the full
 * judging-results/v1, and `publishedBy`) and, with every version, the public
 * file `public/{cid}/results.json` in Cloud Storage (PublicResultsFile) that
 * the public page reads without the Firestore SDK. Never edited: a
 * correction is the next version, with a reason.
 */
export interface PublishedVersion {
  /** 'v1', 'v2', … (the document id). */
  id: string;
  version: number;
  roundId: string;
  roundName: string;
  roundNameEn: string;
  publishedAt: number;
  /** Why this version replaced the one before; null for version 1. */
  reason: string | null;
  /** End of the public notice (公示) period, or null when published as final at once. */
  noticeUntil: number | null;
  /** When the computation it froze was made (results/{roundId}.computedAt). */
  computedAt: number;
  /** SHA-256 (hex) of the exact export bytes the results came from. */
  exportSha256: string;
  /** Cloud Storage path of those bytes, public: `public/{cid}/v{n}/export.json`. */
  exportPath: string;
  method: { method: AggregationMethod; trim: number; normalization: Normalization; minSheets: number };
  tiers: PublishedTier[];
  /**
   * Present only when the organizer chose to publish the award confidence
   * (publishResults' showConfidence): the resampling it came from, each
   * winner's figures on its entry. Absent, nothing about confidence is public.
   */
  confidence?: PublishedConfidence;
}

/** The bootstrap behind a version's award confidence (confidence v1, docs/results-engine.md). */
export interface PublishedConfidence {
  /** B, the panels resampled from each entry's own sheets. */
  samples: number;
  /** mulberry32's seed: anyone re-runs the CLI with it and gets the same figures. */
  seed: number;
}

/** A winner's award confidence: it kept its award in sameAward of the samples. */
export interface PublishedEntryConfidence {
  sameAward: number;
  /** 95 % of the resampled panels ranked it between rankLow and rankHigh. */
  rankLow: number;
  rankHigh: number;
}

export interface PublishedTier {
  id: string;
  label: string;
  labelEn: string;
  /** The track the tier is awarded in (track scope), else null. */
  track: string | null;
  trackName: string;
  trackNameEn: string;
  entries: PublishedEntry[];
}

export interface PublishedEntry {
  entryId: string;
  code: string;
  title: string;
  team: string;
  organization: string;
  /** The final score to 2 decimals, as published (a string, so it is never re-rounded). */
  score: string;
  rank: number;
  /** Only in a version that publishes the award confidence. */
  confidence?: PublishedEntryConfidence;
}

export const PUBLIC_RESULTS_FORMAT = 'judging-public-results/v1';

/** `public/{cid}/results.json`: everything the public page shows. */
export interface PublicResultsFile {
  format: typeof PUBLIC_RESULTS_FORMAT;
  competition: {
    id: string;
    title: string;
    titleEn: string;
    organizerName: string;
    organizerNameEn: string;
  };
  /** Newest first. */
  versions: PublishedVersion[];
}

/** Where a version stands at `now`: under public notice, final, or replaced by a later version. */
export type VersionState = 'notice' | 'final' | 'superseded';
