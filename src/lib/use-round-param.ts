import type { Competition, Round } from '@/domain/model';
import { chooseRound } from './competition';
import { useSearchParamChanges } from './use-search-param-changes';

/**
 * The round an organizer's page shows, kept in the address (`?round=`) so a
 * link or a reload opens the same round, and the picker's change handler,
 * which swaps that parameter in place (no new history entry) and keeps the
 * others.
 */
export function useRoundParam(
  competition: Competition,
  otherwise: 'first' | 'last' = 'last',
): [round: Round | null, pickRound: (roundId: string) => void] {
  const [params, change] = useSearchParamChanges();
  const round = chooseRound(competition, params.get('round'), otherwise);
  const pickRound = (roundId: string) => change({ round: roundId });
  return [round, pickRound];
}
