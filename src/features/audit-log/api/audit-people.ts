import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, memberConverter } from '@/lib/firebase/converters';

export interface AuditPerson {
  uid: string;
  name: string;
  role: 'organizer' | 'judge' | 'team';
}

/** The organizers and judges, by name (the person filter), few in any competition. */
export async function loadStaff(cid: string): Promise<AuditPerson[]> {
  const snap = await getDocs(
    query(
      collection(db, 'competitions', cid, 'members').withConverter(memberConverter),
      where('role', 'in', ['organizer', 'judge']),
    ),
  );
  return snap.docs
    .map((d) => d.data())
    .map((m) => ({ uid: m.uid, name: m.displayName || m.email || m.uid, role: m.role }));
}

/**
 * Names of the people a page of events names that are not staff (teams,
 * removed members), read one member document each; a uid with no member
 * document stays unnamed.
 */
export async function loadPeople(cid: string, uids: readonly string[]): Promise<AuditPerson[]> {
  const snaps = await Promise.all(
    uids.map((uid) =>
      getDoc(doc(db, 'competitions', cid, 'members', uid).withConverter(memberConverter)).catch(() => null),
    ),
  );
  return snaps.flatMap((s) => {
    const m = s?.data();
    return m ? [{ uid: m.uid, name: m.displayName || m.email || m.uid, role: m.role }] : [];
  });
}

/**
 * Entry codes for the entries a page of events names, read one document
 * each (never the whole entry list, which may hold thousands).
 */
export async function loadEntryCodes(cid: string, ids: readonly string[]): Promise<Map<string, string>> {
  const snaps = await Promise.all(
    ids.map((id) =>
      getDoc(doc(db, 'competitions', cid, 'entries', id).withConverter(entryConverter)).catch(() => null),
    ),
  );
  return new Map(snaps.flatMap((s) => (s?.exists() ? [[s.id, s.data().code || s.id] as const] : [])));
}
