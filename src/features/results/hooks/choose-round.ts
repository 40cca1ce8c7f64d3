import type { Competition } from '@/domain/model';
import { currentOpenRound } from '@/lib/competition';

/** The round shown: `?round=` when it names a round, else the open one, else the last. */
export function chooseRound(competition: Competition, requested: string | null): string | null {
  if (requested && competition.rounds.some((r) => r.id === requested)) return requested;
  return (currentOpenRound(competition) ?? competition.rounds.at(-1))?.id ?? null;
}
