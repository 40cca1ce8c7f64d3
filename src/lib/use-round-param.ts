import { useSearchParams } from 'react-router';
import type { Competition, Round } from '@/domain/model';
import { chooseRound } from './competition';

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
  const [params, setParams] = useSearchParams();
  const round = chooseRound(competition, params.get('round'), otherwise);
  const pickRound = (roundId: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('round', roundId);
        return next;
      },
      { replace: true },
    );
  return [round, pickRound];
}
