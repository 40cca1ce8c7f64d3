// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sheetTotal, sheetTotalFn } from './sheet-total';

const rubric = [
  { id: 'innovation', weight: 30, max: 10 },
  { id: 'market', weight: 25, max: 10 },
  { id: 'team', weight: 20, max: 10 },
  { id: 'business', weight: 15, max: 10 },
  { id: 'pitch', weight: 10, max: 10 },
];

describe('sheet total T = 100·Σ(w·s/max)/Σw', () => {
  it('is 100 for full marks and 0 for none', () => {
    expect(sheetTotal(rubric, { innovation: 10, market: 10, team: 10, business: 10, pitch: 10 })).toBe(100);
    expect(sheetTotal(rubric, { innovation: 0, market: 0, team: 0, business: 0, pitch: 0 })).toBe(0);
  });

  it('weights each criterion (spec example sheet)', () => {
    // 100·(30·0.8 + 25·0.75 + 20·0.9 + 15·0.6 + 10·0.8)/100 = 24+18.75+18+9+8 = 77.75
    expect(sheetTotal(rubric, { innovation: 8, market: 7.5, team: 9, business: 6, pitch: 8 })).toBeCloseTo(77.75, 12);
  });

  it('divides by each criterion max, so different maxima mix', () => {
    // a: 3·(4/4) = 3, b: 1·(5/10) = 0.5 → 100·3.5/4 = 87.5
    const f = sheetTotalFn([
      { id: 'a', weight: 3, max: 4 },
      { id: 'b', weight: 1, max: 10 },
    ]);
    expect(f([4, 5])).toBe(87.5); // sheetTotalFn takes scores in rubric order
  });

  it('does not depend on the weights scale or the key order of the scores', () => {
    const a = sheetTotal(
      [
        { id: 'x', weight: 1, max: 10 },
        { id: 'y', weight: 1, max: 10 },
      ],
      { x: 6, y: 8 },
    );
    const b = sheetTotal(
      [
        { id: 'x', weight: 50, max: 10 },
        { id: 'y', weight: 50, max: 10 },
      ],
      { x: 6, y: 8 },
    );
    expect(a).toBeCloseTo(70, 12);
    expect(b).toBeCloseTo(70, 12);
  });
});
