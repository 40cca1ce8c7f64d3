// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explainEntry } from './breakdown';
import { computeResults } from './compute-results';
import { entry, makeExport, sheet } from './test-builders';

// T = 2.5·(3a + b)
function analysis() {
  const out = computeResults(
    makeExport({
      aggregation: { method: 'trimmed-mean', trim: 1, minSheets: 2 },
      awards: [
        { id: 'gold', label: '金奖', count: 1 },
        { id: 'silver', label: '银奖', count: 2 },
      ],
      entries: [entry('p'), entry('q'), entry('r'), entry('s'), entry('u'), entry('w', { status: 'disqualified' })],
      sheets: [
        // p: 90, 80, 20 → trimmed: 80 (j1 high and j3 low dropped)
        sheet('p', 'j1', [9, 9]),
        sheet('p', 'j2', [8, 8]),
        sheet('p', 'j3', [2, 2]),
        // q: 60 twice → 60; tie on score with r, wins on a
        sheet('q', 'j1', [6, 6]),
        sheet('q', 'j2', [6, 6]),
        // r: T = 2.5·(3·5 + 9) = 60 twice
        sheet('r', 'j1', [5, 9]),
        sheet('r', 'j2', [5, 9]),
        // s: same as r → shares rank 3
        sheet('s', 'j3', [5, 9]),
        sheet('s', 'j4', [5, 9]),
        sheet('u', 'j1', [1, 1]),
      ],
    }),
  );
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.analysis;
}

describe('explainEntry', () => {
  const a = analysis();

  it('shows each sheet, what trimmed mean dropped, and per-criterion means', () => {
    const b = explainEntry(a, 'p')!;
    expect(b).toMatchObject({ status: 'ranked', rank: 1, score: 80, award: 'gold', awardLabel: '金奖', group: null });
    expect(b.sheets).toEqual([
      { judgeId: 'j1', total: 90, value: 90, used: false },
      { judgeId: 'j2', total: 80, value: 80, used: true },
      { judgeId: 'j3', total: 20, value: 20, used: false },
    ]);
    expect(b.dropped).toEqual(['j1', 'j3']);
    expect(b.criteria[0]).toMatchObject({ criterionId: 'a', weight: 3, tieBreakPosition: 1 });
    expect(b.criteria[0]!.mean).toBeCloseTo(19 / 3, 12);
    expect(b.criteria[0]!.fraction).toBeCloseTo(19 / 30, 12);
    expect(b.above).toBeNull();
    expect(b.below).toEqual({ entryId: 'q', rank: 2, rule: 'score', value: 80, neighbourValue: 60 });
  });

  it('names the criterion that decided a score tie, with both values', () => {
    const b = explainEntry(a, 'r')!;
    expect(b.rank).toBe(3);
    expect(b.above).toEqual({ entryId: 'q', rank: 2, rule: 'criterion:a', value: 0.5, neighbourValue: 0.6 });
    expect(b.below).toEqual({ entryId: 's', rank: 3, rule: 'tie', value: 60, neighbourValue: 60 });
    expect(explainEntry(a, 's')!.above).toMatchObject({ entryId: 'r', rule: 'tie' });
    expect(explainEntry(a, 's')!.below).toBeNull();
  });

  it('explains unranked and excluded entries', () => {
    expect(explainEntry(a, 'u')).toMatchObject({
      status: 'unranked',
      reason: 'insufficient-sheets',
      rank: null,
      score: 10,
      above: null,
      below: null,
    });
    expect(explainEntry(a, 'w')).toMatchObject({ status: 'excluded', reason: 'disqualified', sheets: [], score: null });
    expect(explainEntry(a, 'nope')).toBeNull();
  });
});
