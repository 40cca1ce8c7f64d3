// The stage control's one-off reads: the teams' numbers and titles for the
// running order, and the round's judges (who is assigned which team, and
// their names) for the submission status. Finals have tens of teams and a
// handful of judges, so both are read whole, once per round.
import { collection, documentId, getDocs, query, where } from 'firebase/firestore';
import { liveDb } from '@/lib/firebase/firestore-live';

const col = (cid: string, name: string) => collection(liveDb, 'competitions', cid, name);

export interface StageTeamLabel {
  code: string;
  title: string;
}

/** Entry id → number and title, for the given entries (`in` queries of 30 ids at most). */
export async function getTeamLabels(cid: string, entryIds: readonly string[]): Promise<Map<string, StageTeamLabel>> {
  const chunks: string[][] = [];
  for (let i = 0; i < entryIds.length; i += 30) chunks.push(entryIds.slice(i, i + 30));
  const snaps = await Promise.all(
    chunks.map((ids) => getDocs(query(col(cid, 'entries'), where(documentId(), 'in', ids)))),
  );
  const labels = new Map<string, StageTeamLabel>();
  for (const snap of snaps) {
    for (const d of snap.docs) {
      const code: unknown = d.get('code');
      const title: unknown = d.get('title');
      labels.set(d.id, { code: typeof code === 'string' ? code : '', title: typeof title === 'string' ? title : '' });
    }
  }
  return labels;
}

export interface RoundJudges {
  /** Judge uid → display name. */
  names: Map<string, string>;
  /** Entry id → the judges assigned to it in the round (uids, sorted). */
  byEntry: Map<string, string[]>;
}

/** The round's assignments (judge × team) and the judges' names. */
export async function getRoundJudges(cid: string, roundId: string): Promise<RoundJudges> {
  const [assignments, members] = await Promise.all([
    getDocs(query(col(cid, 'assignments'), where('roundIds', 'array-contains', roundId))),
    getDocs(query(col(cid, 'members'), where('role', '==', 'judge'))),
  ]);
  const names = new Map<string, string>();
  for (const d of members.docs) {
    const name: unknown = d.get('displayName');
    names.set(d.id, typeof name === 'string' ? name : '');
  }
  const byEntry = new Map<string, string[]>();
  for (const d of assignments.docs) {
    const judgeUid: unknown = d.get('judgeUid');
    const entryId: unknown = d.get('entryId');
    if (typeof judgeUid !== 'string' || typeof entryId !== 'string') continue;
    const list = byEntry.get(entryId) ?? [];
    list.push(judgeUid);
    byEntry.set(entryId, list);
  }
  for (const list of byEntry.values()) list.sort();
  return { names, byEntry };
}
