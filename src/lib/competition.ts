import type { Competition, Round } from '@/domain/model';

/** The open round judges work on now: the first open one in round order. */
export function currentOpenRound(competition: Competition): Round | null {
  return competition.rounds.find((r) => competition.openRoundIds.includes(r.id) || r.status === 'open') ?? null;
}
