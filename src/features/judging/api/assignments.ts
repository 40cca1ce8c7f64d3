import { collection, doc, getCount, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Assignment, Entry, SheetStatus } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { db } from '@/lib/firebase/firestore';
import { assignmentConverter, entryConverter, sheetConverter } from '@/lib/firebase/converters';
import { fetchPage } from '@/lib/firebase/pagination';

export type JudgeSheetStatus = SheetStatus | 'not-started';

export interface AssignmentRow {
  assignment: Assignment;
  /** null if the entry could not be read (e.g. removed). */
  entry: Entry | null;
  sheetStatus: JudgeSheetStatus;
}

export interface JudgeProgress {
  submitted: number;
  total: number;
}

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

// assignments where judgeUid == uid and roundIds array-contains roundId
// (rules: a judge may read only their own assignments).
const myAssignments = (cid: string, uid: string, roundId: string) =>
  query(
    col(cid, 'assignments').withConverter(assignmentConverter),
    where('judgeUid', '==', uid),
    where('roundIds', 'array-contains', roundId),
  );

/**
 * One page of the judge's assignments for a round, each with its entry (one
 * `get` of `entries/{eid}` each: a judge may read an entry assigned to them)
 * and the judge's sheet status (one query for the page: sheets where
 * judgeUid == uid and roundId == r and entryId in [the page's entries]).
 */
export async function listMyAssignments(
  cid: string,
  uid: string,
  roundId: string,
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<AssignmentRow>> {
  const page = await fetchPage(myAssignments(cid, uid, roundId), cursor, pageSize);
  const assignments = page.items.map((d) => d.data());
  if (assignments.length === 0) return { items: [], next: null };

  const entryIds = assignments.map((a) => a.entryId);
  const [entries, sheets] = await Promise.all([
    Promise.all(
      entryIds.map(
        async (eid) =>
          (await getDoc(doc(db, 'competitions', cid, 'entries', eid).withConverter(entryConverter))).data() ?? null,
      ),
    ),
    getDocs(
      query(
        col(cid, 'sheets').withConverter(sheetConverter),
        where('judgeUid', '==', uid),
        where('roundId', '==', roundId),
        where('entryId', 'in', entryIds),
      ),
    ),
  ]);
  const statusByEntry = new Map(sheets.docs.map((d) => [d.data().entryId, d.data().status]));

  return {
    items: assignments.map((assignment, i) => ({
      assignment,
      entry: entries[i] ?? null,
      sheetStatus: statusByEntry.get(assignment.entryId) ?? 'not-started',
    })),
    next: page.next,
  };
}

/**
 * "X of Y submitted", as two server-side counts: the judge's assignments for
 * the round, and their sheets where roundId == r and status == 'submitted'.
 */
export async function getMyProgress(cid: string, uid: string, roundId: string): Promise<JudgeProgress> {
  const [total, submitted] = await Promise.all([
    getCount(myAssignments(cid, uid, roundId)),
    getCount(
      query(
        col(cid, 'sheets'),
        where('judgeUid', '==', uid),
        where('roundId', '==', roundId),
        where('status', '==', 'submitted'),
      ),
    ),
  ]);
  return { total: total.data().count, submitted: submitted.data().count };
}
