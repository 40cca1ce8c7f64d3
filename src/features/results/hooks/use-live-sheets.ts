import type { ScoreSheet } from '@/domain/model';
import { useLive } from '@/lib/async/use-live';
import { readRoundSheets } from '../api/round-sheets';

/** Sheets arriving faster than this are applied together: one recomputation per interval at most. */
export const LIVE_INTERVAL_MS = 500;

export type LiveSheets =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'live'; sheets: ScoreSheet[]; receivedAt: number };

type Received = { sheets: ScoreSheet[]; receivedAt: number };

/**
 * Follows a round's sheets: the listener module (the full Firestore SDK) is
 * loaded on demand; its first snapshot is passed on at once, later ones at
 * most once per LIVE_INTERVAL_MS, the latest each time, so fifty sheets
 * submitted in a burst cost a few recomputations of the results, not fifty,
 * and the last one is never lost.
 */
function followRoundSheets(
  cid: string,
  roundId: string,
  onNext: (received: Received) => void,
  onError: (error: unknown) => void,
): () => void {
  let active = true;
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: ScoreSheet[] | null = null;
  let first = true;
  const apply = () => {
    timer = null;
    if (active && latest !== null) onNext({ sheets: latest, receivedAt: Date.now() });
  };
  import('../api/live-sheets')
    .then(({ subscribeToRoundSheets }) => {
      if (!active) return;
      unsubscribe = subscribeToRoundSheets(
        cid,
        roundId,
        (sheets) => {
          latest = sheets;
          if (first) {
            first = false;
            apply();
          } else timer ??= setTimeout(apply, LIVE_INTERVAL_MS);
        },
        onError,
      );
    })
    .catch(onError);
  return () => {
    active = false;
    unsubscribe?.();
    if (timer) clearTimeout(timer);
  };
}

/**
 * A round's sheets as they change (null round: nothing), throttled
 * (followRoundSheets). While the listener has not answered, useLive reads
 * the sheets by a plain request instead (after 8 s, then every 15 s).
 */
export function useLiveSheets(cid: string, roundId: string | null, attempt: number): LiveSheets {
  const live = useLive<Received>(
    roundId === null ? null : `${cid}:${roundId}#${attempt}`,
    (next, fail) => followRoundSheets(cid, roundId ?? '', next, fail),
    async () => ({ sheets: await readRoundSheets(cid, roundId ?? ''), receivedAt: Date.now() }),
  );
  return live.status === 'live' ? { status: 'live', ...live.value } : live;
}
