// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeResults } from '../results';
import { entry, makeExport, sheet } from '../results/test-builders';
import { DEFAULT_DISAGREEMENT_THRESHOLD, disagreements } from './disagreement';

// T = 2.5·(3a + b) with a = b = s: T = 10·s.
const round = computeResults(
  makeExport({
    entries: [
      entry('calm'),
      entry('wide'),
      entry('wider'),
      entry('solo'),
      entry('edge'),
      entry('out', { status: 'withdrawn' }),
    ],
    sheets: [
      sheet('calm', 'j1', [7, 7]),
      sheet('calm', 'j2', [8, 8]), // spread 10
      sheet('wide', 'j1', [5, 5]),
      sheet('wide', 'j2', [9, 9]),
      sheet('wide', 'j3', [7, 7]), // spread 40
      sheet('wider', 'j1', [2, 2]),
      sheet('wider', 'j3', [9, 9]), // spread 70
      sheet('solo', 'j1', [1, 1]), // one sheet: no spread
      sheet('edge', 'j2', [5, 5]),
      sheet('edge', 'j3', [6.5, 6.5]), // spread exactly 15
      sheet('out', 'j1', [0, 0]),
      sheet('out', 'j2', [10, 10]), // withdrawn
      sheet('calm', 'j3', [0, 0], 'draft'), // a draft does not count
    ],
  }),
);

describe('disagreements', () => {
  if (!round.ok) throw new Error(round.problems.join('\n'));
  const { analysis } = round;

  it('lists entries whose sheet totals spread at least the threshold, largest spread first', () => {
    const list = disagreements(analysis, DEFAULT_DISAGREEMENT_THRESHOLD);
    expect(list.map((d) => [d.entryId, d.spread])).toEqual([
      ['wider', 70],
      ['wide', 40],
      ['edge', 15],
    ]);
    expect(list[1]).toMatchObject({
      lowest: 50,
      highest: 90,
      sheets: [
        { judgeId: 'j1', total: 50 },
        { judgeId: 'j2', total: 90 },
        { judgeId: 'j3', total: 70 },
      ],
    });
  });

  it('follows the threshold the organizer sets', () => {
    expect(disagreements(analysis, 0).map((d) => d.entryId)).toEqual(['wider', 'wide', 'edge', 'calm']);
    expect(disagreements(analysis, 71)).toEqual([]);
    expect(disagreements(analysis, 40).map((d) => d.entryId)).toEqual(['wider', 'wide']);
  });
});
