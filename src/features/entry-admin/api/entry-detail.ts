// One entry as the organizer sees it: the entry, who the team is, and the
// entry's audit trail (registration, submission, eligibility decisions with
// their reasons), with the names of the organizers who acted.
import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import type { Entry, EntryIdentity } from '@/domain/model';
import { NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, entryIdentityConverter, memberConverter, toMillis } from '@/lib/firebase/converters';

/** One audit event about the entry (written by the functions only). */
export interface EntryEvent {
  id: string;
  type: string;
  at: number;
  actorUid: string;
  data: Record<string, unknown>;
}

export interface EntryDetail {
  entry: Entry;
  identity: EntryIdentity | null;
  /** Newest first. */
  events: EntryEvent[];
  /** uid → display name of the competition's members who acted (organizers, the team). */
  names: Record<string, string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads an audit document leniently: a malformed one still shows, as what it is. */
function readEvent(id: string, d: Record<string, unknown>): EntryEvent {
  return {
    id,
    type: typeof d.type === 'string' ? d.type : '',
    at: toMillis(d.at) ?? 0,
    actorUid: typeof d.actorUid === 'string' ? d.actorUid : '',
    data: isRecord(d.data) ? d.data : {},
  };
}

/**
 * The entry, its identity and its audit events. The events are found by
 * `subject.id` alone (an automatic single-field index) and ordered here, so
 * no composite index is needed; an entry has a handful of them.
 */
export async function loadEntryDetail(cid: string, eid: string): Promise<EntryDetail> {
  const base = doc(db, 'competitions', cid);
  const [entrySnap, identitySnap, auditSnap] = await Promise.all([
    getDoc(doc(base, 'entries', eid).withConverter(entryConverter)),
    getDoc(doc(base, 'entryIdentities', eid).withConverter(entryIdentityConverter)),
    getDocs(query(collection(base, 'audit'), where('subject.id', '==', eid))),
  ]);
  const entry = entrySnap.data();
  if (!entry) throw new NotFoundError(`entry ${eid}`);
  const events = auditSnap.docs
    .map((d) => readEvent(d.id, d.data()))
    .filter((e) => e.type.startsWith('entry.'))
    .sort((a, b) => b.at - a.at);
  const names = await actorNames(cid, [...new Set(events.map((e) => e.actorUid).filter(Boolean))]);
  return { entry, identity: identitySnap.data() ?? null, events, names };
}

/** The display names of these members (a removed one is left out: the page shows a generic name). */
async function actorNames(cid: string, uids: string[]): Promise<Record<string, string>> {
  const snaps = await Promise.all(
    uids.map((uid) =>
      getDoc(doc(db, 'competitions', cid, 'members', uid).withConverter(memberConverter)).catch(() => null),
    ),
  );
  const names: Record<string, string> = {};
  for (const snap of snaps) {
    const member = snap?.data();
    if (member?.displayName) names[member.uid] = member.displayName;
  }
  return names;
}
