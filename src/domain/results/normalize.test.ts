// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zscoreParams, zscoreValue } from './normalize';

describe('zscore normalization', () => {
  it('uses the population standard deviation', () => {
    // 60, 80: μ = 70, σ = sqrt((100 + 100) / 2) = 10 (the sample σ would be 14.14)
    const p = zscoreParams([80, 60]);
    expect(p.mean).toBe(70);
    expect(p.sd).toBe(10);
    expect(zscoreValue(80, p)).toBe(60);
    expect(zscoreValue(60, p)).toBe(40);
    expect(zscoreValue(75, p)).toBe(55);
  });

  it('maps to 50 with fewer than 2 sheets', () => {
    const p = zscoreParams([91]);
    expect(p.flat).toBe(true);
    expect(zscoreValue(91, p)).toBe(50);
  });

  it('maps to 50 when σ = 0', () => {
    const p = zscoreParams([72.5, 72.5, 72.5]);
    expect(p.sd).toBe(0);
    expect(zscoreValue(72.5, p)).toBe(50);
  });

  it('treats σ within 1e-9 of 0 as 0 (floating-point noise is not amplified)', () => {
    const t = 0.1 + 0.2; // 0.30000000000000004
    const p = zscoreParams([t, 0.3, 0.3]);
    expect(p.sd).toBeGreaterThan(0);
    expect(zscoreValue(t, p)).toBe(50);
  });

  it('gives each judge mean 50 and σ 10 over their sheets', () => {
    const totals = [55, 61.5, 70, 88, 93.25];
    const p = zscoreParams(totals);
    const v = totals.map((t) => zscoreValue(t, p));
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    expect(mean).toBeCloseTo(50, 9);
    expect(sd).toBeCloseTo(10, 9);
  });

  it('does not depend on the order of the totals', () => {
    const a = zscoreParams([0.1, 0.2, 0.3, 1e8, 7]);
    const b = zscoreParams([7, 1e8, 0.3, 0.2, 0.1]);
    expect(a).toEqual(b);
  });
});
