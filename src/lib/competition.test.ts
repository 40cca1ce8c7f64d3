import { describe, expect, it } from 'vitest';
import { demoCompetition } from '@/lib/test/render';
import { chooseRound } from './competition';

describe('chooseRound', () => {
  const competition = demoCompetition();
  const closed = demoCompetition({
    openRoundIds: [],
    rounds: competition.rounds.map((r) => ({ ...r, status: 'closed' as const })),
  });

  it('takes the requested round when the competition has it', () => {
    expect(chooseRound(competition, 'final')?.id).toBe('final');
  });

  it('falls back to the open round for a missing or unknown request', () => {
    expect(chooseRound(competition, null)?.id).toBe('online');
    expect(chooseRound(competition, 'nope')?.id).toBe('online');
  });

  it('without an open round takes the last round, or the first when asked', () => {
    expect(chooseRound(closed, null)?.id).toBe('final');
    expect(chooseRound(closed, null, 'first')?.id).toBe('online');
  });

  it('is null for a competition without rounds', () => {
    expect(chooseRound(demoCompetition({ rounds: [], openRoundIds: [] }), 'online')).toBeNull();
  });
});
