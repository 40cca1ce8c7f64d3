import type { Competition, Round } from '@/domain/model';

/** The open round judges work on now: the first open one in round order. */
export function currentOpenRound(competition: Competition): Round | null {
  return competition.rounds.find((r) => competition.openRoundIds.includes(r.id) || r.status === 'open') ?? null;
}

/**
 * The round an organizer's page shows: `requested` (the `?round=` search
 * parameter) when it names a round, else the open one, else the last round
 * (the latest results) or, for `'first'`, the first (what is set up first).
 */
export function chooseRound(
  competition: Competition,
  requested: string | null,
  otherwise: 'first' | 'last' = 'last',
): Round | null {
  return (
    competition.rounds.find((r) => r.id === requested) ??
    currentOpenRound(competition) ??
    (otherwise === 'first' ? competition.rounds[0] : competition.rounds.at(-1)) ??
    null
  );
}
