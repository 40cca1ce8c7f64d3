// A round's sheets, live, through the full Firestore SDK
// (src/lib/firebase/firestore-live.ts). This module is imported on demand by
// the results pages only, so no other route downloads the full SDK.
import { collection, onSnapshot, query, where } from 'firebase/firestore';
import type { ScoreSheet } from '@/domain/model';
import { readSheet } from '@/lib/firebase/converters';
import { liveDb } from '@/lib/firebase/firestore-live';

type Raw = Record<string, unknown>;

/** The full SDK's Timestamps as epoch millis (the Lite readers know only Lite's). */
function plainDates(data: Raw): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(data)) {
    const t = value as { toMillis?: unknown } | null;
    out[key] = t && typeof t === 'object' && typeof t.toMillis === 'function' ? (t.toMillis as () => number)() : value;
  }
  return out;
}

/**
 * Every sheet of a round (every status: buildExport keeps what counts), each
 * time one changes. Snapshots from the local cache are skipped: a cache holds
 * whatever this browser saw last, and results computed from part of a round
 * would be wrong, not merely old. Organizers only (rules).
 */
export function subscribeToRoundSheets(
  cid: string,
  roundId: string,
  onNext: (sheets: ScoreSheet[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const q = query(collection(liveDb, 'competitions', cid, 'sheets'), where('roundId', '==', roundId));
  return onSnapshot(
    q,
    // A cache snapshot followed by the same documents from the server is a
    // metadata-only change: without this it would never be reported.
    { includeMetadataChanges: true },
    (snap) => {
      if (snap.metadata.fromCache) return;
      onNext(snap.docs.map((d) => readSheet(plainDates(d.data({ serverTimestamps: 'estimate' })), d.id)));
    },
    onError,
  );
}
