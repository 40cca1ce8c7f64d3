// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { awaitsReplacement, isBelowMinimum, minimumSheets } from './minimum';

describe('minimumSheets', () => {
  it('is the aggregation minSheets, never below one', () => {
    expect(minimumSheets(3)).toBe(3);
    expect(minimumSheets(1)).toBe(1);
    expect(minimumSheets(0)).toBe(1);
    expect(minimumSheets(-2)).toBe(1);
    expect(minimumSheets(2.5)).toBe(3);
  });

  it('is one for a missing or malformed setting', () => {
    for (const v of [undefined, null, '3', Number.NaN, Infinity, {}]) expect(minimumSheets(v)).toBe(1);
  });

  it('says an entry is short while it has fewer submitted sheets', () => {
    expect(isBelowMinimum(2, 3)).toBe(true);
    expect(isBelowMinimum(3, 3)).toBe(false);
    expect(isBelowMinimum(0, 1)).toBe(true);
  });
});

describe('awaitsReplacement', () => {
  it('holds when a judge recused and the entry has fewer judges than the panel', () => {
    expect(awaitsReplacement({ assigned: 4, recused: 1 }, 5)).toBe(true);
    expect(awaitsReplacement({ assigned: 5, recused: 1 }, 5)).toBe(false);
  });

  it('never holds without a recusal, nor in a round where every judge scores every entry', () => {
    expect(awaitsReplacement({ assigned: 3, recused: 0 }, 5)).toBe(false);
    expect(awaitsReplacement({ assigned: 3, recused: 2 }, null)).toBe(false);
  });
});
