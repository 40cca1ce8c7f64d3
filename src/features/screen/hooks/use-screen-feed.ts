import { useEffect, useState } from 'react';
import type { ScreenFeed } from '@/domain/model/stage';
import { isScreenToken } from '@/domain/roadshow/screen-token';
import { subscribeToScreenFeed } from '../api/screen-feed-live';
import { nextClockOffset, UNKNOWN_OFFSET, type ClockOffset } from '../clock-offset';

export type ScreenFeedState =
  | { status: 'loading' }
  /** The server says there is no feed under this token: unknown, or revoked by a new link. */
  | { status: 'missing' }
  | { status: 'error'; error: unknown }
  | {
      status: 'live';
      feed: ScreenFeed;
      /** Shown from the local cache: the connection dropped (the listener reconnects by itself). */
      offline: boolean;
      /** Local clock minus server clock, for the countdown (0 until estimated). */
      clockOffsetMs: number;
    };

/**
 * The screen feed of a token, live. A missing document read from the cache
 * (before the server answered, or offline) is "still loading", never
 * "revoked": only the server can say a token is gone. `attempt` restarts the
 * listener (the retry button after an error). A token not of the shape the
 * stage control makes is not looked up at all.
 */
export function useScreenFeed(token: string, attempt: number): ScreenFeedState {
  const key = `${token}#${attempt}`;
  const [state, setState] = useState<{ key: string; value: ScreenFeedState }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    if (!isScreenToken(token)) return;
    let active = true;
    let clock: ClockOffset = UNKNOWN_OFFSET;
    let last: ScreenFeed | null = null;
    const unsubscribe = subscribeToScreenFeed(
      token,
      ({ feed, fromCache, receivedAt }) => {
        if (!active) return;
        if (feed) {
          clock = nextClockOffset(clock, { updatedAt: feed.updatedAt, fromCache, receivedAt });
          last = feed;
          const value = { status: 'live', feed, offline: fromCache, clockOffsetMs: clock.offsetMs ?? 0 } as const;
          setState({ key, value });
        } else if (!fromCache) {
          last = null;
          setState({ key, value: { status: 'missing' } });
        } else if (last) {
          // Offline with nothing cached for it: keep the last picture, marked offline.
          const value = { status: 'live', feed: last, offline: true, clockOffsetMs: clock.offsetMs ?? 0 } as const;
          setState({ key, value });
        }
      },
      (error) => active && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [token, key]);
  if (!isScreenToken(token)) return { status: 'missing' };
  return state.key === key ? state.value : { status: 'loading' };
}
