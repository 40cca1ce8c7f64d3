// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeResults } from './compute-results';
import { judgeStats } from './judge-stats';
import { entry, makeExport, sheet } from './test-builders';

describe('judgeStats', () => {
  it('reports count, mean, σ and the mean deviation from the other judges', () => {
    // T = 2.5·(3a + b): [8,8] → 80, [6,6] → 60, [4,4] → 40, [10,10] → 100
    const out = computeResults(
      makeExport({
        entries: [entry('x'), entry('y'), entry('z'), entry('w', { status: 'withdrawn' })],
        sheets: [
          sheet('x', 'j1', [8, 8]),
          sheet('x', 'j2', [6, 6]),
          sheet('x', 'j3', [4, 4]),
          sheet('y', 'j1', [10, 10]),
          sheet('y', 'j2', [6, 6]),
          sheet('z', 'j3', [6, 6]),
          sheet('w', 'j1', [0, 0]), // withdrawn: ignored
          sheet('z', 'j4', [0, 0], 'draft'), // not counted: no j4 at all
        ],
      }),
    );
    if (!out.ok) throw new Error(out.problems.join('\n'));
    expect(judgeStats(out.analysis)).toEqual([
      // j1: 80, 100 → mean 90, σ 10; x: 80 − (60+40)/2 = 30, y: 100 − 60 = 40 → 35
      { judgeId: 'j1', sheets: 2, mean: 90, sd: 10, meanDeviation: 35, comparedSheets: 2 },
      // j2: 60, 60; x: 60 − (80+40)/2 = 0, y: 60 − 100 = −40 → −20
      { judgeId: 'j2', sheets: 2, mean: 60, sd: 0, meanDeviation: -20, comparedSheets: 2 },
      // j3: 40, 60 → mean 50, σ 10; x: 40 − 70 = −30; z has no other sheet
      { judgeId: 'j3', sheets: 2, mean: 50, sd: 10, meanDeviation: -30, comparedSheets: 1 },
    ]);
  });

  it('gives null deviation to a judge who never shares an entry', () => {
    const out = computeResults(makeExport({ entries: [entry('x')], sheets: [sheet('x', 'solo', [5, 5])] }));
    if (!out.ok) throw new Error();
    expect(judgeStats(out.analysis)).toEqual([
      { judgeId: 'solo', sheets: 1, mean: 50, sd: 0, meanDeviation: null, comparedSheets: 0 },
    ]);
  });
});
