// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plainNumber, toOptionalNumber, toRequiredNumber, weightShares, weightTotal } from './numbers';

describe('rubric numbers', () => {
  it('reads number inputs', () => {
    expect(toRequiredNumber('2.5')).toBe(2.5);
    expect(toRequiredNumber('')).toBeNaN();
    expect(toRequiredNumber('abc')).toBeNaN();
    expect(toOptionalNumber(' ')).toBeUndefined();
    expect(toOptionalNumber('0')).toBe(0);
  });

  it('gives weights as shares of 100 without forcing them to sum to 100', () => {
    expect(weightTotal([3, 2])).toBe(5);
    expect(weightShares([3, 2])).toEqual([60, 40]);
    expect(weightShares([30, Number.NaN, -1])).toEqual([100, null, null]);
    expect(weightShares([])).toEqual([]);
    expect(plainNumber(100 / 3)).toBe('33.33');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
  });
});
