import { roundRubric, type Competition, type Entry, type EntryStatus, type ScoreSheet } from '../model';
import { EXPORT_FORMAT, type JudgingExportV1 } from '../results';

/**
 * The entry statuses an export lists. Draft entries were never submitted, so
 * they are not competitors; withdrawn and disqualified ones stay in, as the
 * format asks, and the engine leaves them out of everything.
 */
export const COUNTED_ENTRY_STATUSES: readonly EntryStatus[] = ['submitted', 'withdrawn', 'disqualified'];

/**
 * The results engine's input (judging-export/v1) for one round of a
 * competition, from its documents. It holds only what counts: the listed
 * entries and the round's submitted sheets of submitted entries. Drafts and
 * recused sheets never enter it, so a judge's unfinished sheet can neither
 * break a computation nor change the export's SHA-256, and none is published.
 * Entries and sheets are sorted so that the same data always gives the same
 * file (and so the same SHA-256). The rubric is the round's own.
 */
export function buildExport(
  competition: Competition,
  roundId: string,
  entries: readonly Entry[],
  sheets: readonly ScoreSheet[],
): JudgingExportV1 {
  const listed = entries.filter((e) => COUNTED_ENTRY_STATUSES.includes(e.status)).sort((a, b) => cmp(a.id, b.id));
  const competing = new Set(listed.filter((e) => e.status === 'submitted').map((e) => e.id));
  const counted = sheets
    .filter((s) => s.roundId === roundId && s.status === 'submitted' && competing.has(s.entryId))
    .sort((a, b) => (a.entryId === b.entryId ? cmp(a.judgeUid, b.judgeUid) : cmp(a.entryId, b.entryId)));

  return {
    format: EXPORT_FORMAT,
    competition: {
      id: competition.id,
      name: competition.title,
      rubric: {
        criteria: roundRubric(competition, roundId).criteria.map((c) => ({
          id: c.id,
          weight: c.weight,
          max: c.max,
          label: c.name,
        })),
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
    entries: listed.map((e) => ({
      id: e.id,
      track: e.trackId,
      title: e.title,
      status: e.status as 'submitted' | 'withdrawn' | 'disqualified',
    })),
    sheets: counted.map((s) => ({
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
