import { compareIds } from '../results/compare-ids';
import { EPSILON, type ResultsV1 } from '../results/types';

/*
 * Who goes on to the next round (晋级): the top N of a round's stored results,
 * overall or per track. Pure: the Cloud Function `advanceRound` decides with
 * it, and the organizer's page previews the same decision before confirming.
 */

export type AdvanceScope = 'overall' | 'track';

/** advances: above the cut line; tied: shares the rank of the N-th across the line (advances unless excluded); out: below it. */
export type CutStatus = 'advances' | 'tied' | 'excluded' | 'out';

export interface CutRow {
  entryId: string;
  /** Rank within this cut's group (standard competition ranking: 1, 2, 2, 4). */
  rank: number;
  score: number;
  status: CutStatus;
}

export interface CutGroup {
  /** The track under track scope; null for the overall group. */
  track: string | null;
  /** Every ranked entry of the group, best first. */
  rows: CutRow[];
}

export interface AdvanceCut {
  groups: CutGroup[];
  /** Entries that go on, group by group, best first. */
  entryIds: string[];
  /** Entries sharing the N-th's rank where that rank spans the cut line (their advancing is the organizer's choice). */
  tiedAtCut: string[];
  /** The tied entries the organizer left out (a subset of tiedAtCut). */
  excluded: string[];
  /** Exclusions that name no entry tied at the cut: the caller refuses them. */
  unknownExclusions: string[];
}

export interface CutRequest {
  scope: AdvanceScope;
  /** Entries to take, overall or per track; an integer ≥ 1. */
  n: number;
  excludedTiedEntryIds?: readonly string[];
  /**
   * Each entry's track, needed only for a track cut of results ranked
   * overall (the results do not carry tracks then); entries it does not
   * know form a group of their own (track null), after the known tracks.
   */
  trackOf?: (entryId: string) => string | null;
  /** The order of tracks for that case (the competition's order). */
  trackOrder?: readonly string[];
}

interface Ranked {
  entryId: string;
  rank: number;
  score: number;
}

/**
 * Ranks given to a subset of an already ranked list, in its order: an entry's
 * rank is one more than the number of entries strictly ahead of it, so
 * entries that shared a rank still share one.
 */
function rerank(list: readonly Ranked[]): Ranked[] {
  let rank = 0;
  return list.map((e, i) => {
    if (i === 0 || e.rank !== list[i - 1]!.rank) rank = i + 1;
    return { ...e, rank };
  });
}

/**
 * The groups of the cut. A cut in the results' own scope keeps their ranks.
 * An overall cut of results ranked per track compares entries of different
 * tracks by score alone (the tie-breaks criterion by criterion apply only
 * within a ranking group, and the results do not carry them), so equal
 * scores (within 1e-9, chained) share a rank. A track cut of results ranked
 * overall keeps the overall order within each track.
 */
function cutGroups(results: ResultsV1, request: CutRequest): { track: string | null; ranked: Ranked[] }[] {
  const byTrack = results.groups.some((g) => g.track !== null);
  if (request.scope === 'track' && byTrack) {
    return results.groups.map((g) => ({ track: g.track, ranked: g.entries.map((e) => ({ ...e })) }));
  }
  if (request.scope === 'overall' && !byTrack) {
    return [{ track: null, ranked: results.groups.flatMap((g) => g.entries.map((e) => ({ ...e }))) }];
  }
  if (request.scope === 'overall') {
    const all = results.groups
      .flatMap((g) => g.entries)
      .map((e) => ({ entryId: e.entryId, rank: 0, score: e.score }))
      .sort((a, b) => b.score - a.score || compareIds(a.entryId, b.entryId));
    // Neighbours within EPSILON are equal (chained, as the engine does).
    let rank = 0;
    all.forEach((e, i) => {
      if (i === 0 || all[i - 1]!.score - e.score > EPSILON) rank = i + 1;
      e.rank = rank;
    });
    // Within a shared rank, entries by id (as the engine lists a tie).
    const ranked = [...all].sort((a, b) => a.rank - b.rank || compareIds(a.entryId, b.entryId));
    return [{ track: null, ranked }];
  }
  const order = request.trackOrder ?? [];
  const trackOf = (id: string) => {
    const t = request.trackOf?.(id) ?? null;
    return t !== null && order.includes(t) ? t : null;
  };
  const overall = results.groups.flatMap((g) => g.entries);
  const groups: { track: string | null; ranked: Ranked[] }[] = order.map((track) => ({
    track,
    ranked: rerank(overall.filter((e) => trackOf(e.entryId) === track)),
  }));
  const unknown = overall.filter((e) => trackOf(e.entryId) === null);
  if (unknown.length > 0) groups.push({ track: null, ranked: rerank(unknown) });
  return groups;
}

/** Cuts one group at its n-th entry. */
function cutGroup(ranked: readonly Ranked[], n: number, excluded: ReadonlySet<string>): CutRow[] {
  const nth = ranked[Math.min(n, ranked.length) - 1];
  // Fewer entries than n: everyone advances, nobody is tied at the cut.
  const spansCut = nth !== undefined && ranked.length > n && ranked[n]!.rank === nth.rank;
  return ranked.map((e) => {
    let status: CutStatus;
    if (nth === undefined || e.rank > nth.rank) status = 'out';
    else if (spansCut && e.rank === nth.rank) status = excluded.has(e.entryId) ? 'excluded' : 'tied';
    else status = 'advances';
    return { entryId: e.entryId, rank: e.rank, score: e.score, status };
  });
}

/**
 * The top `n` of each group: every entry ranked at or above the n-th goes on;
 * when the n-th's rank is shared by entries beyond the n-th place, all of
 * them are tied at the cut and go on unless excluded. Unranked entries
 * (too few sheets) never go on.
 */
export function cutResults(results: ResultsV1, request: CutRequest): AdvanceCut {
  const excludedSet = new Set(request.excludedTiedEntryIds ?? []);
  const groups = cutGroups(results, request).map(({ track, ranked }) => ({
    track,
    rows: cutGroup(ranked, request.n, excludedSet),
  }));
  const rows = groups.flatMap((g) => g.rows);
  const tiedAtCut = rows.filter((r) => r.status === 'tied' || r.status === 'excluded').map((r) => r.entryId);
  const tied = new Set(tiedAtCut);
  return {
    groups,
    entryIds: rows.filter((r) => r.status === 'advances' || r.status === 'tied').map((r) => r.entryId),
    tiedAtCut,
    excluded: rows.filter((r) => r.status === 'excluded').map((r) => r.entryId),
    unknownExclusions: [...excludedSet].filter((id) => !tied.has(id)).sort(compareIds),
  };
}
