import type { AggregationSettings, Competition, Entry, EntryIdentity } from '../model';
import type { ConfidenceV1, JudgingExportV1, ResultsV1 } from '../results';
import type { PublishedEntry, PublishedEntryConfidence, PublishedTier, PublishedVersion } from './types';

/** What a version freezes, besides the results: who, when, why, and which export. */
export interface VersionFacts {
  version: number;
  roundId: string;
  publishedAt: number;
  reason: string | null;
  noticeUntil: number | null;
  computedAt: number;
  exportSha256: string;
  /** The public copy of the export: `public/{cid}/v{n}/export.json`. */
  exportPath: string;
}

export interface PublishedVersionInput extends VersionFacts {
  competition: Pick<Competition, 'rounds' | 'tracks' | 'awards'>;
  /** The aggregation the results were computed with: the stored export's (defaults as the engine applies them). */
  aggregation: JudgingExportV1['competition']['aggregation'];
  results: ResultsV1;
  /** At least the awarded entries (others are ignored). */
  entries: readonly Pick<Entry, 'id' | 'code' | 'title'>[];
  identities: readonly Pick<EntryIdentity, 'entryId' | 'teamName' | 'organization'>[];
  /**
   * The computation's award confidence, given only when the organizer chose
   * to publish it: each winner's figures are frozen into the version. Every
   * winner must have them (winnersWithoutConfidence).
   */
  confidence?: ConfidenceV1 | null;
}

/**
 * The score as published: 2 decimals, rounded exactly as the results CLI's
 * CSV rounds it (Number#toFixed), kept as a string so nobody rounds it twice.
 */
export function publishedScore(score: number): string {
  return score.toFixed(2);
}

/** The method as the engine applied it: trim and minSheets default to 1 (docs/results-engine.md). */
export function publishedMethod(aggregation: PublishedVersionInput['aggregation']): PublishedVersion['method'] {
  return {
    method: aggregation.method,
    trim: aggregation.trim ?? 1,
    normalization: aggregation.normalization,
    minSheets: aggregation.minSheets ?? 1,
  } satisfies AggregationSettings;
}

/** `v1`, `v2`, …: the id of version n in `publishedResults`. */
export const versionId = (version: number) => `v${version}`;

/**
 * A published version from a stored computation: one tier per award tier
 * that someone won, in the competition's award order, each listing its
 * winners in rank order (ties by entryId, as the results list them) with
 * entry number, title, team, organization and the score to 2 decimals.
 * Entries without an award are not published by name. A tier the results
 * name but the competition no longer lists (its awards were edited after
 * the computation) still appears, after the others, under its id.
 */
export function buildPublishedVersion(input: PublishedVersionInput): PublishedVersion {
  const { competition, results } = input;
  const entries = new Map(input.entries.map((e) => [e.id, e]));
  const identities = new Map(input.identities.map((i) => [i.entryId, i]));
  const round = competition.rounds.find((r) => r.id === input.roundId);
  const confidence = input.confidence ? figuresByEntry(input.confidence) : null;

  const winners = new Map<string, PublishedEntry[]>();
  const found: { id: string; track: string | null }[] = [];
  for (const group of results.groups) {
    for (const ranked of group.entries) {
      if (ranked.award === null) continue;
      const key = tierKey(ranked.award, group.track);
      let list = winners.get(key);
      if (!list) {
        winners.set(key, (list = []));
        found.push({ id: ranked.award, track: group.track });
      }
      const entry = entries.get(ranked.entryId);
      const identity = identities.get(ranked.entryId);
      list.push({
        entryId: ranked.entryId,
        code: entry?.code ?? '',
        title: entry?.title ?? '',
        team: identity?.teamName ?? '',
        organization: identity?.organization ?? '',
        score: publishedScore(ranked.score),
        rank: ranked.rank,
        ...(confidence ? { confidence: figuresOf(confidence, ranked.entryId) } : {}),
      });
    }
  }

  const tiers: PublishedTier[] = [];
  const listed = new Set<string>();
  const addTier = (id: string, track: string | null, label: string, labelEn: string) => {
    const key = tierKey(id, track);
    const list = winners.get(key);
    if (!list || listed.has(key)) return;
    listed.add(key);
    const t = track === null ? undefined : competition.tracks.find((x) => x.id === track);
    tiers.push({
      id,
      label,
      labelEn,
      track,
      trackName: t?.name ?? track ?? '',
      trackNameEn: t?.nameEn ?? track ?? '',
      entries: list,
    });
  };
  for (const award of competition.awards) {
    // Under overall scope the results' group has no track, whatever the award says.
    const track = results.groups.length === 1 && results.groups[0]!.track === null ? null : award.track;
    addTier(award.id, track, award.label || award.id, award.labelEn || award.label || award.id);
  }
  for (const { id, track } of found) addTier(id, track, id, id);

  return {
    id: versionId(input.version),
    version: input.version,
    roundId: input.roundId,
    roundName: round?.name ?? input.roundId,
    roundNameEn: round?.nameEn || round?.name || input.roundId,
    publishedAt: input.publishedAt,
    reason: input.reason,
    noticeUntil: input.noticeUntil,
    computedAt: input.computedAt,
    exportSha256: input.exportSha256,
    exportPath: input.exportPath,
    method: publishedMethod(input.aggregation),
    tiers,
    ...(input.confidence ? { confidence: { samples: input.confidence.samples, seed: input.confidence.seed } } : {}),
  };
}

function figuresByEntry(confidence: ConfidenceV1): Map<string, PublishedEntryConfidence> {
  return new Map(
    confidence.entries.map((e) => [e.entryId, { sameAward: e.sameAward, rankLow: e.rankLow, rankHigh: e.rankHigh }]),
  );
}

function figuresOf(figures: Map<string, PublishedEntryConfidence>, entryId: string): PublishedEntryConfidence {
  const found = figures.get(entryId);
  if (!found) throw new Error(`The award confidence has no figures for the winner ${entryId}.`);
  return found;
}

/**
 * The winners a stored confidence has no figures for (it lists every ranked
 * entry, so none unless it belongs to another computation): publishing it
 * must then be refused rather than show some winners without.
 */
export function winnersWithoutConfidence(results: ResultsV1, confidence: ConfidenceV1): string[] {
  const listed = new Set(confidence.entries.map((e) => e.entryId));
  return results.groups.flatMap((g) =>
    g.entries.filter((e) => e.award !== null && !listed.has(e.entryId)).map((e) => e.entryId),
  );
}

function tierKey(id: string, track: string | null): string {
  return JSON.stringify([id, track]);
}
