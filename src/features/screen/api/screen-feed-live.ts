// The big screen's one document, live, through the full Firestore SDK. No
// sign-in: the rules allow a get of screens/{token} to anyone holding the
// token (never a list). Metadata changes are listened to as well, so the
// screen can tell "no such feed" (the server says so) from "not known yet"
// (the local cache, offline) and can say when it is showing cached data.
import { doc, onSnapshot } from 'firebase/firestore';
import type { ScreenFeed } from '@/domain/model/stage';
import { liveDb } from '@/lib/firebase/firestore-live';
import { screenFeedConverter } from '@/lib/firebase/screen-converter';

export interface FeedSnapshot {
  /** The feed, or null when the document does not exist (unknown or revoked token). */
  feed: ScreenFeed | null;
  /** True while the data comes from the local cache (offline, or before the server answered). */
  fromCache: boolean;
  /** Local time the snapshot arrived (epoch ms), to estimate this device's clock offset. */
  receivedAt: number;
}

export function subscribeToScreenFeed(
  token: string,
  onNext: (snapshot: FeedSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  return onSnapshot(
    doc(liveDb, 'screens', token).withConverter(screenFeedConverter),
    { includeMetadataChanges: true },
    (snap) =>
      onNext({ feed: snap.exists() ? snap.data() : null, fromCache: snap.metadata.fromCache, receivedAt: Date.now() }),
    onError,
  );
}
