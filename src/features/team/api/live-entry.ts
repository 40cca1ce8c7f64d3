// The team's entry, live, through the full Firestore SDK with its persistent
// cache (src/lib/firebase/firestore-live.ts): the only module of the team
// feature that uses it. Snapshots come from the local cache first (also
// offline, also after a reload), then from the server; saves are queued in
// the cache while offline and sent, in order, when the network is back.
import {
  doc,
  onSnapshot,
  serverTimestamp,
  Timestamp,
  updateDoc,
  waitForPendingWrites,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { z } from 'zod';
import { documentSchemas } from '@/domain/model/doc-schemas';
import { entryContentOf, type Entry } from '@/domain/model';
import type { EntryDraft } from '@/domain/registration';
import { liveDb } from '@/lib/firebase/firestore-live';

const timestamp = z.instanceof(Timestamp).transform((t) => t.toMillis());
const entrySchema = documentSchemas(timestamp).entry;

/** What one snapshot of the entry says. */
export interface LiveEntrySnapshot {
  /** null: the document does not exist (or not in the cache yet when fromCache). */
  entry: Entry | null;
  /** Some of this browser's saves are not yet acknowledged by the server. */
  pendingWrites: boolean;
  /** The data came from the local cache: the SDK has no confirmed server state. */
  fromCache: boolean;
}

const entryRef = (cid: string, eid: string) => doc(liveDb, 'competitions', cid, 'entries', eid);

function toLiveSnapshot(snap: DocumentSnapshot): LiveEntrySnapshot {
  // A pending save's serverTimestamp() reads as the local estimate, not null.
  const data = snap.data({ serverTimestamps: 'estimate' });
  const parsed = data ? entrySchema.safeParse(data) : null;
  return {
    entry: parsed?.success ? { id: snap.id, ...parsed.data } : null,
    pendingWrites: snap.metadata.hasPendingWrites,
    fromCache: snap.metadata.fromCache,
  };
}

/**
 * Listens to `competitions/{cid}/entries/{eid}`, metadata changes included
 * (a save reaching the server changes only hasPendingWrites). `onError`
 * gets the SDK's error (permission-denied: not this team's entry).
 */
export function subscribeToEntry(
  cid: string,
  eid: string,
  onNext: (snapshot: LiveEntrySnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    entryRef(cid, eid),
    { includeMetadataChanges: true },
    (snap) => onNext(toLiveSnapshot(snap)),
    onError,
  );
}

/** The content fields a team writes (firestore.rules, teamContentFields()). */
export type EntryContentFields = Required<Omit<EntryDraft, 'answers'>> & { answers: Record<string, string | number> };

/**
 * Saves the form's content as revision `revision` (the rules accept only the
 * stored revision + 1, so a save based on an outdated copy is refused with
 * permission-denied instead of overwriting someone else's). Resolves when
 * the server has acknowledged it; while offline it stays pending (the write
 * is already in the local cache and the listeners see it).
 */
export function saveEntryContent(
  cid: string,
  eid: string,
  content: EntryContentFields,
  revision: number,
): Promise<void> {
  return updateDoc(entryRef(cid, eid), {
    ...entryContentOf(content),
    revision,
    updatedAt: serverTimestamp(),
  });
}

/**
 * Resolves once every save this browser has queued (this page's and those
 * left from before a reload) has been acknowledged or refused by the server.
 */
export const waitForQueuedSaves = (): Promise<void> => waitForPendingWrites(liveDb);
