// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Criterion } from '@/domain/model';
import { sheetTotal } from '@/domain/results/sheet-total';
import { contentKey, parseScore, runningTotal, savableContent, submitProblems, toValues } from './sheet-values';

const guide = { description: '', descriptionEn: '', levels: [] };
const criteria: Criterion[] = [
  { id: 'innovation', name: '创新', nameEn: 'Innovation', weight: 30, max: 10, step: 0.5, ...guide },
  { id: 'market', name: '市场', nameEn: 'Market', weight: 70, max: 20, step: 1, ...guide },
];
const [innovation, market] = criteria as [Criterion, Criterion];

describe('parseScore', () => {
  it('accepts decimals on the step, a comma or full-width digits, and blank', () => {
    expect(parseScore('7.5', innovation)).toEqual({ kind: 'ok', value: 7.5 });
    expect(parseScore(' 7,5 ', innovation)).toEqual({ kind: 'ok', value: 7.5 });
    expect(parseScore('７．５', innovation)).toEqual({ kind: 'ok', value: 7.5 });
    expect(parseScore('7.', innovation)).toEqual({ kind: 'ok', value: 7 });
    expect(parseScore('', innovation)).toEqual({ kind: 'empty' });
  });

  it('refuses what the server refuses: off the step, out of range, not a number', () => {
    expect(parseScore('7.3', innovation)).toEqual({ kind: 'invalid', problem: 'off-step' });
    expect(parseScore('2.5', market)).toEqual({ kind: 'invalid', problem: 'off-step' });
    expect(parseScore('10.5', innovation)).toEqual({ kind: 'invalid', problem: 'out-of-range' });
    expect(parseScore('-1', innovation)).toEqual({ kind: 'invalid', problem: 'not-a-number' });
    expect(parseScore('1e1', innovation)).toEqual({ kind: 'invalid', problem: 'not-a-number' });
    expect(parseScore('abc', innovation)).toEqual({ kind: 'invalid', problem: 'not-a-number' });
  });
});

describe('savableContent', () => {
  it('saves valid scores, keeps the last saved value of an invalid one, drops blank comments', () => {
    const values = {
      scores: { innovation: '7.3', market: '15' },
      comments: { innovation: ' ', market: '好' },
      comment: 'x',
    };
    const lastSaved = { scores: { innovation: 6 }, comments: {}, comment: '' };
    expect(savableContent(criteria, values, lastSaved)).toEqual({
      content: { scores: { innovation: 6, market: 15 }, comments: { market: '好' }, comment: 'x' },
      invalid: ['innovation'],
    });
  });

  it('gives the same key whatever the order of keys', () => {
    const a = { scores: { innovation: 1, market: 2 }, comments: {}, comment: '' };
    const b = { scores: { market: 2, innovation: 1 }, comments: {}, comment: '' };
    expect(contentKey(a)).toBe(contentKey(b));
  });
});

describe('runningTotal', () => {
  it("equals the results engine's sheet total once every criterion is scored", () => {
    const scores = { innovation: 7.5, market: 13 };
    expect(runningTotal(criteria, scores)).toBe(sheetTotal(criteria, scores));
    expect(runningTotal(criteria, { innovation: 10 })).toBe(30);
  });
});

describe('submitProblems', () => {
  it('lists the missing and the invalid criteria in rubric order', () => {
    expect(submitProblems(criteria, toValues({ scores: {}, comments: {}, comment: '' }))).toEqual([
      { criterionId: 'innovation', kind: 'missing' },
      { criterionId: 'market', kind: 'missing' },
    ]);
    const values = { scores: { innovation: '7.3', market: '20' }, comments: {}, comment: '' };
    expect(submitProblems(criteria, values)).toEqual([{ criterionId: 'innovation', kind: 'off-step' }]);
  });
});
