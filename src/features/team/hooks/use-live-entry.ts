import { useEffect, useState } from 'react';
import { errorCode } from '@/lib/errors';
import { subscribeToEntry, type LiveEntrySnapshot } from '../api/live-entry';

export type LiveEntryState =
  | { status: 'loading' }
  /** Missing, or the rules refuse to show it (not this team's): the same page for both. */
  | { status: 'not-found' }
  /** Offline and this browser has no copy of the entry yet. */
  | { status: 'offline-empty' }
  | { status: 'error'; error: unknown; retry: () => void }
  | ({ status: 'ready' } & LiveEntrySnapshot & { entry: NonNullable<LiveEntrySnapshot['entry']> });

/**
 * The entry, live: from the local cache at once (also offline, also the
 * saves not yet sent), then from the server whenever it changes.
 */
export function useLiveEntry(cid: string, eid: string): LiveEntryState {
  const [attempt, setAttempt] = useState(0);
  const key = `${cid}/${eid}/${attempt}`;
  // Tagged with the subscription it came from: a new one starts at 'loading'.
  const [state, setState] = useState<{ key: string; value: LiveEntryState } | null>(null);

  useEffect(() => {
    const set = (value: LiveEntryState) => setState({ key, value });
    return subscribeToEntry(
      cid,
      eid,
      (snap) => {
        if (snap.entry) set({ status: 'ready', ...snap, entry: snap.entry });
        else if (!snap.fromCache) set({ status: 'not-found' });
        // Nothing in the cache: wait for the server, unless there is no network.
        else if (!navigator.onLine) set({ status: 'offline-empty' });
      },
      (error) =>
        set(
          errorCode(error) === 'permission-denied'
            ? { status: 'not-found' }
            : { status: 'error', error, retry: () => setAttempt((n) => n + 1) },
        ),
    );
  }, [cid, eid, key]);

  return state?.key === key ? state.value : { status: 'loading' };
}
