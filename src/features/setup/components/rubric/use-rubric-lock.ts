import { useCallback, useEffect, useState } from 'react';
import { roundHasSheets } from '../../api/rubric-lock';

/**
 * - checking: the query is on its way (the form waits, read-only)
 * - open: no sheet yet, the rubric can change
 * - locked: sheets exist (or the server said so on save)
 * - unknown: the query failed; editing is allowed, the server checks on save
 */
export type RubricLock = 'checking' | 'open' | 'locked' | 'unknown';

/** Whether a round's rubric may still change, asked again when the round changes. */
export function useRubricLock(competitionId: string, roundId: string | undefined) {
  const [result, setResult] = useState<{ key: string; lock: RubricLock } | null>(null);
  const key = `${competitionId}/${roundId ?? ''}`;

  useEffect(() => {
    if (!roundId) return;
    let live = true;
    roundHasSheets(competitionId, roundId).then(
      (has) =>
        live && setResult((r) => (r?.key === key && r.lock === 'locked' ? r : { key, lock: has ? 'locked' : 'open' })),
      () => live && setResult((r) => (r?.key === key && r.lock === 'locked' ? r : { key, lock: 'unknown' })),
    );
    return () => {
      live = false;
    };
  }, [competitionId, roundId, key]);

  // The server refused a save: sheets appeared since the page asked.
  const markLocked = useCallback(() => setResult({ key, lock: 'locked' }), [key]);
  const lock: RubricLock = result?.key === key ? result.lock : 'checking';
  return { lock, markLocked };
}
