// The screen's estimate of how far its own clock runs ahead of the server's.
// A running timer's startedAt is server time; a projector laptop's clock can
// be off by seconds (or minutes), which would show on the wall as a wrong
// countdown. A change pushed live reaches the screen a few dozen ms after the
// server wrote it, so (arrival - updatedAt) is the offset plus the latency:
// the smallest such sample is the best estimate. Only changes seen while
// connected count: the first server snapshot (and the first after a cached
// spell) may carry a change made long ago.

export interface ClockOffset {
  /** Local clock minus server clock (ms, latency included); null until one live change was seen. */
  offsetMs: number | null;
  /** The updatedAt of the last snapshot taken into account. */
  lastUpdatedAt: number | null;
  /** Connected: the last snapshot came from the server. */
  live: boolean;
}

export const UNKNOWN_OFFSET: ClockOffset = { offsetMs: null, lastUpdatedAt: null, live: false };

export function nextClockOffset(
  state: ClockOffset,
  snapshot: { updatedAt: number; fromCache: boolean; receivedAt: number },
): ClockOffset {
  if (snapshot.fromCache) return state.live ? { ...state, live: false } : state;
  if (!state.live) return { ...state, live: true, lastUpdatedAt: snapshot.updatedAt };
  if (snapshot.updatedAt === state.lastUpdatedAt || snapshot.updatedAt <= 0) return state;
  const sample = snapshot.receivedAt - snapshot.updatedAt;
  return {
    live: true,
    lastUpdatedAt: snapshot.updatedAt,
    offsetMs: state.offsetMs === null ? sample : Math.min(state.offsetMs, sample),
  };
}
