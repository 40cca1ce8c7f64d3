// A judge's phone follows the stage of a roadshow round: stages/{roundId},
// live through the full SDK with its persistent cache, so a reload without
// network still shows where the stage was. The stage holds no score; the
// judge's own sheet is read as in the review round (./sheet-live.ts).
import { doc, onSnapshot } from 'firebase/firestore';
import type { Stage } from '@/domain/model';
import { liveDb } from '@/lib/firebase/firestore-live';
import { readStage } from '@/lib/firebase/stage-converters';

export interface FollowedStage {
  /** null: the organizer has not opened the stage control yet. */
  stage: Stage | null;
  /** The device's copy, not yet confirmed by the server (offline, or just opened). */
  fromCache: boolean;
}

export function followStage(
  cid: string,
  roundId: string,
  onNext: (followed: FollowedStage) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    doc(liveDb, 'competitions', cid, 'stages', roundId),
    { includeMetadataChanges: true },
    (snap) => {
      const data = snap.data({ serverTimestamps: 'estimate' });
      onNext({ stage: data ? readStage(data, snap.id) : null, fromCache: snap.metadata.fromCache });
    },
    onError,
  );
}
