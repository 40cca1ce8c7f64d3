import type { Competition, Entry, ScoreSheet } from '../model';
import { EXPORT_FORMAT, type JudgingExportV1 } from '../results';

/**
 * The results engine's input (judging-export/v1) for one round of a
 * competition, from its documents. Draft entries were never submitted, so they
 * are not competitors and are left out with their sheets; withdrawn and
 * disqualified entries stay in, as the spec asks, and the engine ignores them.
 * Sheets are those of `roundId` only, sorted so that the same data always gives
 * the same file (and so the same SHA-256).
 */
export function buildExport(
  competition: Competition,
  roundId: string,
  entries: readonly Entry[],
  sheets: readonly ScoreSheet[],
): JudgingExportV1 {
  const competing = entries
    .filter((e) => e.status !== 'draft')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const competingIds = new Set(competing.map((e) => e.id));
  const roundSheets = sheets
    .filter((s) => s.roundId === roundId && competingIds.has(s.entryId))
    .sort((a, b) => (a.entryId === b.entryId ? cmp(a.judgeUid, b.judgeUid) : cmp(a.entryId, b.entryId)));

  return {
    format: EXPORT_FORMAT,
    competition: {
      id: competition.id,
      name: competition.title,
      rubric: {
        criteria: competition.rubric.criteria.map((c) => ({ id: c.id, weight: c.weight, max: c.max, label: c.name })),
      },
      aggregation: { ...competition.aggregation },
      ranking: { scope: competition.ranking.scope },
      tracks: competition.tracks.map((t) => t.id),
      awards: competition.awards.map((a) => ({
        id: a.id,
        label: a.label,
        count: a.count,
        ...(competition.ranking.scope === 'track' ? { track: a.track } : {}),
      })),
    },
    entries: competing.map((e) => ({
      id: e.id,
      track: e.trackId,
      title: e.title,
      status: e.status as 'submitted' | 'withdrawn' | 'disqualified',
    })),
    sheets: roundSheets.map((s) => ({
      entryId: s.entryId,
      judgeId: s.judgeUid,
      status: s.status,
      scores: { ...s.scores },
    })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
