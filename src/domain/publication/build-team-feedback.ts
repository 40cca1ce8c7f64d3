import type { ScoreSheet, TeamFeedback } from '../model';
import { compareIds } from '../results';

type FeedbackSheet = Pick<ScoreSheet, 'entryId' | 'status' | 'comments' | 'comment'>;

/**
 * What a team reads of its judges once results are published: the written
 * comments of the entry's submitted sheets and nothing else, no judge uid, no
 * score, no date, and in an order that says nothing about who wrote what
 * (sorted by the text itself, not by judge or time). Blank comments are
 * dropped, and a sheet with no comment at all leaves no trace. Pass the
 * sheets of the published round.
 */
export function buildTeamFeedback(sheets: readonly FeedbackSheet[], entryId: string, versionId: string): TeamFeedback {
  const items: TeamFeedback['sheets'] = [];
  for (const s of sheets) {
    if (s.entryId !== entryId || s.status !== 'submitted') continue;
    const criteria: Record<string, string> = {};
    for (const id of Object.keys(s.comments).sort(compareIds)) {
      const text = s.comments[id]?.trim();
      if (text) criteria[id] = text;
    }
    const overall = s.comment.trim();
    if (overall || Object.keys(criteria).length > 0) items.push({ criteria, overall });
  }
  const sortKey = (i: TeamFeedback['sheets'][number]) => JSON.stringify([i.overall, Object.entries(i.criteria)]);
  items.sort((a, b) => compareIds(sortKey(a), sortKey(b)));
  return { entryId, versionId, sheets: items };
}
