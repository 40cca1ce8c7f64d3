// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../model';
import { describeScoreProblem, isOnStep, validateScores } from './validate-scores';

const guide = { description: '', descriptionEn: '', levels: [] };
const criteria: Criterion[] = [
  { id: 'innovation', name: '创新', nameEn: 'Innovation', weight: 30, max: 10, step: 0.5, ...guide },
  { id: 'market', name: '市场', nameEn: 'Market', weight: 70, max: 20, step: 1, ...guide },
];

describe('validateScores', () => {
  it("refuses a score that is not a multiple of its criterion's step, decimals included", () => {
    expect(validateScores(criteria, { innovation: 7.5, market: 3 }, { complete: true })).toEqual([]);
    expect(validateScores(criteria, { innovation: 7.3, market: 2.5 }, { complete: true })).toEqual([
      { kind: 'off-step', criterionId: 'innovation', step: 0.5 },
      { kind: 'off-step', criterionId: 'market', step: 1 },
    ]);
    expect(describeScoreProblem({ kind: 'off-step', criterionId: 'market', step: 1 })).toBe(
      'scores.market: must be a multiple of 1',
    );
  });

  it('compares steps such as 0.1 without binary rounding errors', () => {
    expect(isOnStep(0.3, 0.1)).toBe(true);
    expect(isOnStep(9.9, 0.1)).toBe(true);
    expect(isOnStep(0.35, 0.1)).toBe(false);
    expect(isOnStep(3, 0)).toBe(true);
  });

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
