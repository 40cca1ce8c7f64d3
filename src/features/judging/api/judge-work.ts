import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Entry, SheetReopening, SheetStatus } from '@/domain/model';
import { db } from '@/lib/firebase/firestore';
import { assignmentConverter, entryConverter, sheetConverter } from '@/lib/firebase/converters';

/** What a judge has to do in one round, before the entries themselves are read. */
export interface RoundWork {
  /** Entries assigned to the judge for the round. */
  assignedEntryIds: string[];
  /** Entry id → the status of the judge's sheet for it in the round. */
  sheetStatus: Record<string, SheetStatus>;
  /** Entry id → why an organizer reopened the judge's sheet, until it is submitted again (absent: none). */
  reopened?: Record<string, SheetReopening>;
}

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

/**
 * Two queries the rules let a judge run on their own documents: their
 * assignments that include the round, and their sheets of the round. A
 * recused entry usually has no assignment any more (the recusal gives it to
 * another judge), so its sheet is the only trace of it.
 */
export async function getRoundWork(cid: string, uid: string, roundId: string): Promise<RoundWork> {
  const [assignments, sheets] = await Promise.all([
    getDocs(
      query(
        col(cid, 'assignments').withConverter(assignmentConverter),
        where('judgeUid', '==', uid),
        where('roundIds', 'array-contains', roundId),
      ),
    ),
    getDocs(
      query(
        col(cid, 'sheets').withConverter(sheetConverter),
        where('judgeUid', '==', uid),
        where('roundId', '==', roundId),
      ),
    ),
  ]);
  const sheetList = sheets.docs.map((d) => d.data());
  return {
    assignedEntryIds: assignments.docs.map((d) => d.data().entryId),
    sheetStatus: Object.fromEntries(sheetList.map((s) => [s.entryId, s.status])),
    reopened: Object.fromEntries(sheetList.flatMap((s) => (s.reopened ? [[s.entryId, s.reopened]] : []))),
  };
}

/**
 * One entry, read by id: judges may `get` the entries assigned to them but
 * never list the collection. null when it does not exist.
 */
export async function getAssignedEntry(cid: string, eid: string): Promise<Entry | null> {
  const snap = await getDoc(doc(db, 'competitions', cid, 'entries', eid).withConverter(entryConverter));
  return snap.data() ?? null;
}
