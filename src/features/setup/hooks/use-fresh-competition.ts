import { useCallback, useState } from 'react';
import type { Competition } from '@/domain/model';
import { loadCompetition } from '../api/load-competition';

/**
 * The competition the settings page shows: the one the layout loaded, then
 * the stored one read again after each save or status step (without a
 * loading state, so no form loses what is typed and nothing scrolls).
 * A failed read keeps the last copy; the save itself already succeeded.
 */
export function useFreshCompetition(
  initial: Competition,
  {
    load = loadCompetition,
    onReloaded,
  }: { load?: typeof loadCompetition; onReloaded?: (competition: Competition) => void } = {},
) {
  const [competition, setCompetition] = useState(initial);
  const refresh = useCallback(async () => {
    try {
      const fresh = await load(initial.id);
      setCompetition(fresh);
      onReloaded?.(fresh);
    } catch {
      // Keep what is shown; the next save reads it again.
    }
  }, [initial.id, load, onReloaded]);
  return [competition, refresh] as const;
}
