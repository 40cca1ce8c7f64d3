// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeResults, explainEntry, judgeStats } from '../../../src/domain/results';

/*
 * test/fixtures/small-overall.export.json, computed by hand.
 * Rubric: idea (weight 3, max 10), pitch (weight 1, max 10), so
 *   T = 100·(3·idea/10 + pitch/10)/4 = 2.5·(3·idea + pitch).
 * Aggregation: mean, zscore, minSheets 2; overall scope; gold ×1, silver ×2.
 *
 *   sheet            scores   T    judge μ/σ            value
 *   alpha   j1       8, 8     80   j1: 80,60,80,60      60
 *   bravo   j1       6, 6     60       μ 70, σ 10       40
 *   charlie j1       8, 8     80                        60
 *   delta   j1       6, 6     60                        40
 *   alpha   j2       6, 2     50   j2: 50,70,70,50      40
 *   bravo   j2       7, 7     70       μ 60, σ 10       60
 *   charlie j2       7, 7     70                        60
 *   delta   j2       5, 5     50                        40
 *   echo    j3       9, 9     90   j3: one sheet        50
 *   (alpha j3 recused, echo j2 draft: ignored; foxtrot withdrawn: its j1
 *    sheet with T = 0 would have moved j1's μ and σ, but it is left out.)
 *
 * Scores: charlie (60+60)/2 = 60, alpha (60+40)/2 = 50, bravo (40+60)/2 = 50,
 * delta 40; echo has 1 sheet < 2 → unranked.
 * alpha vs bravo: equal scores; idea (weight 3) first: alpha (0.8+0.6)/2 = 0.7,
 * bravo (0.6+0.7)/2 = 0.65 → alpha 2nd, bravo 3rd.
 * Awards: C = 1, 3 → charlie gold, alpha and bravo silver, delta none.
 */
const input: unknown = JSON.parse(readFileSync('test/fixtures/small-overall.export.json', 'utf8'));

describe('small-overall fixture (hand-computed)', () => {
  const out = computeResults(input);
  if (!out.ok) throw new Error(out.problems.join('\n'));

  it('ranks, scores and awards', () => {
    const r = out.results;
    expect(r.format).toBe('judging-results/v1');
    expect(r.competitionId).toBe('small-overall');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.track).toBeNull();
    const rows = r.groups[0]!.entries;
    expect(rows.map((e) => [e.entryId, e.rank, e.sheets, e.award])).toEqual([
      ['charlie', 1, 2, 'gold'],
      ['alpha', 2, 2, 'silver'],
      ['bravo', 3, 2, 'silver'],
      ['delta', 4, 2, null],
    ]);
    const scores = rows.map((e) => e.score);
    [60, 50, 50, 40].forEach((s, i) => expect(scores[i]).toBeCloseTo(s, 9));
    expect(r.unranked).toEqual([{ entryId: 'echo', reason: 'insufficient-sheets', sheets: 1 }]);
  });

  it('explains why alpha is above bravo', () => {
    const b = explainEntry(out.analysis, 'bravo')!;
    expect(b.above).toMatchObject({ entryId: 'alpha', rule: 'criterion:idea' });
    expect(b.above!.value).toBeCloseTo(0.65, 12);
    expect(b.above!.neighbourValue).toBeCloseTo(0.7, 12);
    expect(b.sheets.map((s) => [s.judgeId, Math.round(s.total * 1e6) / 1e6, Math.round(s.value * 1e6) / 1e6])).toEqual([
      ['j1', 60, 40],
      ['j2', 70, 60],
    ]);
  });

  it('judge statistics', () => {
    const stats = judgeStats(out.analysis).map((s) => ({
      ...s,
      mean: Math.round(s.mean * 1e9) / 1e9,
      sd: Math.round(s.sd * 1e9) / 1e9,
      meanDeviation: s.meanDeviation === null ? null : Math.round(s.meanDeviation * 1e9) / 1e9,
    }));
    expect(stats).toEqual([
      // j1 deviations: alpha 80−50 = 30, bravo 60−70 = −10, charlie 80−70 = 10, delta 60−50 = 10
      { judgeId: 'j1', sheets: 4, mean: 70, sd: 10, meanDeviation: 10, comparedSheets: 4 },
      { judgeId: 'j2', sheets: 4, mean: 60, sd: 10, meanDeviation: -10, comparedSheets: 4 },
      { judgeId: 'j3', sheets: 1, mean: 90, sd: 0, meanDeviation: null, comparedSheets: 0 },
    ]);
  });
});
