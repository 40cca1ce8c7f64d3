import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import { assignmentConverter, entryIdentityConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';

/** What decides which judges may still be added to an entry (besides the members and the round's sheets). */
export interface EntryLinks {
  /** Judges an assignment lists for the round. */
  assignedJudgeUids: string[];
  /** The team's organization (entryIdentities), '' when none is given. */
  organization: string;
}

/**
 * An entry's assignments for one round and its team's organization, read by
 * an organizer when they open the entry's actions (a handful of documents).
 */
export async function loadEntryLinks(cid: string, roundId: string, entryId: string): Promise<EntryLinks> {
  const [assignments, identity] = await Promise.all([
    getDocs(
      query(collection(db, 'competitions', cid, 'assignments'), where('entryId', '==', entryId)).withConverter(
        assignmentConverter,
      ),
    ),
    getDoc(doc(db, 'competitions', cid, 'entryIdentities', entryId).withConverter(entryIdentityConverter)),
  ]);
  return {
    assignedJudgeUids: assignments.docs
      .map((d) => d.data())
      .filter((a) => a.roundIds.includes(roundId))
      .map((a) => a.judgeUid),
    organization: identity.data()?.organization ?? '',
  };
}
