// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeResults } from '../results';
import { entry, makeExport, sheet } from '../results/test-builders';
import { fairnessReport, fiveNumbers } from './distribution';

describe('fiveNumbers', () => {
  it('gives min, quartiles by linear interpolation, median and max, in any order', () => {
    expect(fiveNumbers([40, 10, 30, 20, 50])).toEqual({ min: 10, q1: 20, median: 30, q3: 40, max: 50 });
    expect(fiveNumbers([4, 1, 2, 3])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(fiveNumbers([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(fiveNumbers([])).toBeNull();
  });
});

describe('fairnessReport', () => {
  it('puts each judge’s engine statistics and distribution beside the panel’s', () => {
    // T = 2.5·(3a + b): [8,8] → 80, [6,6] → 60, [4,4] → 40, [10,10] → 100
    const out = computeResults(
      makeExport({
        entries: [entry('x'), entry('y'), entry('w', { status: 'withdrawn' })],
        sheets: [
          sheet('x', 'j1', [8, 8]),
          sheet('x', 'j2', [4, 4]),
          sheet('y', 'j1', [10, 10]),
          sheet('y', 'j2', [6, 6]),
          sheet('w', 'j1', [0, 0]), // withdrawn: not counted
          sheet('y', 'j3', [0, 0], 'draft'), // not counted
        ],
      }),
    );
    if (!out.ok) throw new Error(out.problems.join('\n'));
    const report = fairnessReport(out.analysis);
    // Panel: 80, 40, 100, 60 → mean 70, σ √500
    expect(report.panel).toEqual({
      sheets: 4,
      mean: 70,
      sd: Math.sqrt(500),
      summary: { min: 40, q1: 55, median: 70, q3: 85, max: 100 },
    });
    expect(report.judges.map((j) => [j.judgeId, j.sheets, j.mean, j.sd, j.meanVsPanel, j.summary])).toEqual([
      ['j1', 2, 90, 10, 20, { min: 80, q1: 85, median: 90, q3: 95, max: 100 }],
      ['j2', 2, 50, 10, -20, { min: 40, q1: 45, median: 50, q3: 55, max: 60 }],
    ]);
    // The engine's own deviation from colleagues is carried through.
    expect(report.judges[0]!.meanDeviation).toBe(40);
  });

  it('reports an empty round', () => {
    const out = computeResults(makeExport({ entries: [entry('x')] }));
    if (!out.ok) throw new Error();
    expect(fairnessReport(out.analysis)).toEqual({ panel: { sheets: 0, mean: 0, sd: 0, summary: null }, judges: [] });
  });
});
