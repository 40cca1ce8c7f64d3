// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PublishedTier } from '@/domain/publication';
import type { ResultsV1 } from '@/domain/results';
import { entryResult } from './entry-result';

const tier: PublishedTier = {
  id: 'first',
  label: '一等奖',
  labelEn: 'First prize',
  track: 'startup',
  trackName: '初创组',
  trackNameEn: 'Startup',
  entries: [{ entryId: 'e1', code: 'S-001', title: 't', team: 'x', organization: 'o', score: '91.25', rank: 1 }],
};
const results: ResultsV1 = {
  format: 'judging-results/v1',
  competitionId: 'c',
  groups: [
    {
      track: 'startup',
      entries: [
        { entryId: 'e1', rank: 1, score: 91.25, sheets: 5, award: 'first' },
        { entryId: 'e2', rank: 2, score: 80.125, sheets: 5, award: null },
        { entryId: 'e3', rank: 2, score: 80.125, sheets: 5, award: null },
      ],
    },
  ],
  unranked: [{ entryId: 'e4', reason: 'insufficient-sheets', sheets: 1 }],
};

describe('entryResult', () => {
  it('finds an award winner in its tier, with the published score', () => {
    expect(entryResult({ tiers: [tier], results }, 'e1')).toEqual({
      kind: 'award',
      tier,
      rank: 1,
      score: '91.25',
      of: 3,
    });
  });

  it('ranks an entry without an award from the frozen results, tied ranks as stored', () => {
    expect(entryResult({ tiers: [tier], results }, 'e3')).toEqual({
      kind: 'ranked',
      rank: 2,
      score: '80.13',
      of: 3,
      track: 'startup',
    });
  });

  it('says when an entry is unranked or absent, and copes without results', () => {
    expect(entryResult({ tiers: [tier], results }, 'e4')).toEqual({ kind: 'unranked' });
    expect(entryResult({ tiers: [tier], results }, 'e9')).toEqual({ kind: 'absent' });
    expect(entryResult({ tiers: [tier], results: null }, 'e1')).toMatchObject({ kind: 'award', of: null });
    expect(entryResult({ tiers: [], results: null }, 'e2')).toEqual({ kind: 'no-award' });
  });
});
