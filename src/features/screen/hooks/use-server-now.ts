import { useEffect, useState } from 'react';

/**
 * The server's time now, estimated from this device's clock and its offset;
 * it ticks (four times a second, so a displayed second never lags) only
 * while `ticking`: a paused or stopped timer re-renders nothing (and its
 * time left does not depend on now). The first tick comes within 250 ms of a start.
 */
export function useServerNow(offsetMs: number, ticking: boolean): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const id = window.setInterval(() => setLocalNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [ticking]);
  return localNow - offsetMs;
}
