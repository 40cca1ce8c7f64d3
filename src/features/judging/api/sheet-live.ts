// The judge's score sheet and the entry it scores, live, through the full
// Firestore SDK with its persistent cache (src/lib/firebase/firestore-live.ts):
// snapshots come from the device's cache first (also offline, also after a
// reload without network), then from the server; saves are queued in the
// cache while offline and sent, in order, when the network is back.
import {
  collection,
  doc,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  waitForPendingWrites,
  where,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { sheetId, type ScoreSheet, type SheetStatus } from '@/domain/model';
import { liveDb } from '@/lib/firebase/firestore-live';
import { readEntry, readSheet } from '@/lib/firebase/converters';
import { plainDates, type SheetEntry } from './sheet-parse';

export type { SheetEntry } from './sheet-parse';

/** What one snapshot of a document says. */
export interface LiveSnapshot<T> {
  /** null: the document does not exist (or is not in the cache yet when fromCache). */
  value: T | null;
  /** Some of this browser's saves are not yet acknowledged by the server. */
  pendingWrites: boolean;
  /** The data came from the local cache: the SDK has no confirmed server state. */
  fromCache: boolean;
}

function listen<T>(
  path: [string, ...string[]],
  read: (data: Record<string, unknown>, id: string) => T,
  onNext: (snapshot: LiveSnapshot<T>) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    doc(liveDb, ...path),
    // A save reaching the server changes only hasPendingWrites: listen to that too.
    { includeMetadataChanges: true },
    (snap: DocumentSnapshot) => {
      // A pending save's serverTimestamp() reads as the local estimate, not null.
      const data = snap.data({ serverTimestamps: 'estimate' });
      onNext({
        value: data ? read(plainDates(data), snap.id) : null,
        pendingWrites: snap.metadata.hasPendingWrites,
        fromCache: snap.metadata.fromCache,
      });
    },
    onError,
  );
}

/**
 * The judge's sheet for one entry of a round, live. Read as a query (judgeUid,
 * roundId, entryId), not by id: the rules show a judge only sheets that name
 * them, which a sheet not yet created cannot do, so a `get` of it is refused.
 */
export function subscribeToSheet(
  cid: string,
  pair: { roundId: string; judgeUid: string; entryId: string },
  onNext: (snapshot: LiveSnapshot<ScoreSheet>) => void,
  onError: (error: unknown) => void,
): () => void {
  const q = query(
    collection(liveDb, 'competitions', cid, 'sheets'),
    where('judgeUid', '==', pair.judgeUid),
    where('roundId', '==', pair.roundId),
    where('entryId', '==', pair.entryId),
  );
  const id = sheetId(pair.roundId, pair.judgeUid, pair.entryId);
  return onSnapshot(
    q,
    { includeMetadataChanges: true },
    (snap) => {
      const found = snap.docs.find((d) => d.id === id);
      const data = found?.data({ serverTimestamps: 'estimate' });
      onNext({
        value: data ? readSheet(plainDates(data), id) : null,
        pendingWrites: snap.metadata.hasPendingWrites,
        fromCache: snap.metadata.fromCache,
      });
    },
    onError,
  );
}

/** The entry as a judge may read it (no identity), live. */
export const subscribeToSheetEntry = (
  cid: string,
  eid: string,
  onNext: (snapshot: LiveSnapshot<SheetEntry>) => void,
  onError: (error: unknown) => void,
) => listen(['competitions', cid, 'entries', eid], readEntry, onNext, onError);

/** What a judge writes of a draft sheet. */
export interface SheetDraft {
  scores: Record<string, number>;
  comments: Record<string, string>;
  comment: string;
}

/**
 * Saves the draft as revision `revision`: the rules accept 1 for a new sheet
 * and the stored revision + 1 after that, so a save based on an outdated copy
 * (another device saved first) is refused with permission-denied instead of
 * overwriting it. Resolves when the server has acknowledged it; while offline
 * it stays pending (the write is already in the local cache and listeners see it).
 */
export function saveSheetDraft(
  cid: string,
  pair: { roundId: string; judgeUid: string; entryId: string },
  draft: SheetDraft,
  revision: number,
): Promise<void> {
  const status: SheetStatus = 'draft';
  const fields = {
    roundId: pair.roundId,
    judgeUid: pair.judgeUid,
    entryId: pair.entryId,
    status,
    scores: draft.scores,
    comments: draft.comments,
    comment: draft.comment,
    revision,
    updatedAt: serverTimestamp(),
    submittedAt: null,
  };
  // Every field the judge writes is replaced whole (a score taken out is
  // gone), and nothing else is touched: an organizer's `reopened` reason
  // stays until the sheet is submitted again (the rules require it unchanged).
  return setDoc(
    doc(liveDb, 'competitions', cid, 'sheets', sheetId(pair.roundId, pair.judgeUid, pair.entryId)),
    fields,
    { mergeFields: Object.keys(fields) },
  );
}

/** Resolves once every save this browser has queued has been acknowledged or refused. */
export const waitForQueuedSheetSaves = (): Promise<void> => waitForPendingWrites(liveDb);
