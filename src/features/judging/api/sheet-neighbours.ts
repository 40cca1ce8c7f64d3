// The judge's assigned entries of a round in code order, for previous / next
// on the scoring screen. Read through the full SDK, so the list (and the
// entries it reads) is in the device's cache for a reload without network.
import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore';
import { compareIds } from '@/domain/results/compare-ids';
import { liveDb } from '@/lib/firebase/firestore-live';

export interface AssignedEntryRef {
  entryId: string;
  code: string;
}

const col = (cid: string, name: string) => collection(liveDb, 'competitions', cid, name);

/**
 * Assignments where judgeUid == uid and roundIds contains the round (the
 * rules let a judge query only their own), minus the entries the judge
 * recused from, each with its code (one `get` per entry, as the rules allow).
 */
export async function listAssignedEntries(cid: string, uid: string, roundId: string): Promise<AssignedEntryRef[]> {
  const [assignments, sheets] = await Promise.all([
    getDocs(query(col(cid, 'assignments'), where('judgeUid', '==', uid), where('roundIds', 'array-contains', roundId))),
    getDocs(query(col(cid, 'sheets'), where('judgeUid', '==', uid), where('roundId', '==', roundId))),
  ]);
  const recused = new Set(
    sheets.docs.filter((d) => d.get('status') === 'recused').map((d) => String(d.get('entryId'))),
  );
  const entryIds = assignments.docs.map((d) => String(d.get('entryId'))).filter((id) => !recused.has(id));
  const refs = await Promise.all(
    entryIds.map(async (entryId) => {
      const snap = await getDoc(doc(liveDb, 'competitions', cid, 'entries', entryId)).catch(() => null);
      const code = snap?.get('code');
      return { entryId, code: typeof code === 'string' ? code : entryId };
    }),
  );
  return refs.sort((a, b) => compareIds(a.code, b.code) || compareIds(a.entryId, b.entryId));
}
