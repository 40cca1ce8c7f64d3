// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../model';
import { describeScoreProblem, validateScores } from './validate-scores';

const criteria: Criterion[] = [
  { id: 'innovation', name: '创新', nameEn: 'Innovation', weight: 30, max: 10 },
  { id: 'market', name: '市场', nameEn: 'Market', weight: 70, max: 20 },
];

describe('validateScores', () => {
  it('accepts a complete sheet within range, bounds included', () => {
    expect(validateScores(criteria, { innovation: 0, market: 20 }, { complete: true })).toEqual([]);
  });

  it('lets a draft leave criteria blank but not a submitted sheet', () => {
    expect(validateScores(criteria, { innovation: 7 }, { complete: false })).toEqual([]);
    expect(validateScores(criteria, { innovation: 7 }, { complete: true })).toEqual([
      { kind: 'missing', criterionId: 'market' },
    ]);
  });

  it('reports every problem: unknown criterion, non-number, out of range', () => {
    const problems = validateScores(criteria, { innovation: 10.5, market: '9', extra: 1 }, { complete: true });
    expect(problems).toEqual([
      { kind: 'unknown-criterion', criterionId: 'extra' },
      { kind: 'out-of-range', criterionId: 'innovation', max: 10 },
      { kind: 'not-a-number', criterionId: 'market' },
    ]);
    expect(problems.map(describeScoreProblem)).toEqual([
      'scores.extra: not a criterion of this rubric',
      'scores.innovation: must be between 0 and 10',
      'scores.market: not a number',
    ]);
  });

  it('refuses negative, NaN and infinite scores', () => {
    expect(validateScores(criteria, { innovation: -1, market: Number.NaN }, { complete: true })).toHaveLength(2);
    expect(validateScores(criteria, { innovation: Infinity, market: 1 }, { complete: true })).toHaveLength(1);
  });
});
