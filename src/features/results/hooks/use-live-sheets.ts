import { useEffect, useState } from 'react';
import type { ScoreSheet } from '@/domain/model';
import { READ_ONCE_AFTER_MS } from '@/lib/async/use-live';
import { readRoundSheets } from '../api/round-sheets';

/** Sheets arriving faster than this are applied together: one recomputation per interval at most. */
export const LIVE_INTERVAL_MS = 500;

export type LiveSheets =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'live'; sheets: ScoreSheet[]; receivedAt: number };

/**
 * A round's sheets as they change (null round: nothing). The first snapshot
 * shows at once; later ones are throttled to one update per LIVE_INTERVAL_MS
 * with the latest snapshot, so fifty sheets submitted in a burst cost a few
 * recomputations of the results, not fifty, and the last one is never lost.
 * The listener module (the full Firestore SDK) is loaded on demand. When the
 * listener has not answered after READ_ONCE_AFTER_MS, the sheets are read
 * once (the page shows them) and the listener carries on.
 */
export function useLiveSheets(cid: string, roundId: string | null, attempt: number): LiveSheets {
  const key = roundId === null ? null : `${cid}:${roundId}#${attempt}`;
  const [state, setState] = useState<{ key: string; value: LiveSheets } | null>(null);

  useEffect(() => {
    if (key === null || roundId === null) return;
    let active = true;
    let unsubscribe: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: ScoreSheet[] | null = null;
    let shown = false;
    const apply = () => {
      timer = null;
      if (!active || latest === null) return;
      setState({ key, value: { status: 'live', sheets: latest, receivedAt: Date.now() } });
    };
    const onNext = (sheets: ScoreSheet[]) => {
      latest = sheets;
      if (!shown) {
        shown = true;
        clearTimeout(readOnce);
        apply();
      } else timer ??= setTimeout(apply, LIVE_INTERVAL_MS);
    };
    const onError = (error: unknown) => active && setState({ key, value: { status: 'error', error } });
    const readOnce = setTimeout(() => {
      readRoundSheets(cid, roundId)
        .then((sheets) => {
          if (active && !shown) onNext(sheets);
        })
        // Neither the listener nor a plain request got through: say so (with a retry).
        .catch((error: unknown) => {
          if (!shown) onError(error);
        });
    }, READ_ONCE_AFTER_MS);
    import('../api/live-sheets')
      .then(({ subscribeToRoundSheets }) => {
        if (active) unsubscribe = subscribeToRoundSheets(cid, roundId, onNext, onError);
      })
      .catch(onError);
    return () => {
      active = false;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      clearTimeout(readOnce);
    };
  }, [cid, roundId, key]);

  return state && state.key === key ? state.value : { status: 'loading' };
}
