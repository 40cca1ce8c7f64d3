// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ExportRefusedError, computeResults, computeResultsOrThrow } from './compute-results';
import { entry, makeExport, sheet, type ExportSpec } from './test-builders';
import type { ResultsV1 } from './types';

function results(spec: ExportSpec): ResultsV1 {
  const out = computeResults(makeExport(spec));
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.results;
}
const order = (r: ResultsV1, g = 0) => r.groups[g]!.entries.map((e) => [e.entryId, e.rank, e.award]);

// With DEFAULT_CRITERIA (a: weight 3, b: weight 1, max 10) T = 2.5·(3a + b).
describe('computeResults', () => {
  it('produces the v1 shape', () => {
    const r = results({
      entries: [entry('x'), entry('y')],
      sheets: [sheet('x', 'j1', [8, 8]), sheet('y', 'j1', [4, 4])],
    });
    expect(r).toEqual({
      format: 'judging-results/v1',
      competitionId: 'test',
      groups: [
        {
          track: null,
          entries: [
            { entryId: 'x', rank: 1, score: 80, sheets: 1, award: null },
            { entryId: 'y', rank: 2, score: 40, sheets: 1, award: null },
          ],
        },
      ],
      unranked: [],
    });
    expect(Object.keys(r)).toEqual(['format', 'competitionId', 'groups', 'unranked']);
  });

  it('keeps the score at full precision', () => {
    // T = 2.5·(3·7 + 6) = 67.5 and 2.5·(3·9 + 9) = 90 → mean 78.75; then 1/3 shows precision
    const r = results({
      entries: [entry('x')],
      sheets: [sheet('x', 'j1', [7, 6]), sheet('x', 'j2', [9, 9]), sheet('x', 'j3', [0, 1])],
    });
    // (67.5 + 90 + 2.5) / 3 = 53.333…
    expect(r.groups[0]!.entries[0]!.score).toBe((2.5 + 67.5 + 90) / 3);
  });

  it('ignores draft and recused sheets', () => {
    const r = results({
      entries: [entry('x')],
      sheets: [sheet('x', 'j1', [8, 8]), sheet('x', 'j2', [0, 0], 'draft'), sheet('x', 'j3', [0, 0], 'recused')],
    });
    expect(r.groups[0]!.entries[0]).toMatchObject({ score: 80, sheets: 1 });
  });

  it('leaves withdrawn and disqualified entries out of everything, zscore included', () => {
    const spec: ExportSpec = {
      aggregation: { normalization: 'zscore' },
      entries: [entry('x'), entry('y'), entry('w', { status: 'withdrawn' }), entry('d', { status: 'disqualified' })],
      sheets: [
        sheet('x', 'j1', [8, 8]), // 80
        sheet('y', 'j1', [6, 6]), // 60 → μ 70, σ 10 → 60 / 40
        sheet('w', 'j1', [0, 0]),
        sheet('d', 'j1', [10, 10]),
      ],
    };
    const r = results(spec);
    expect(r.groups[0]!.entries.map((e) => [e.entryId, e.score])).toEqual([
      ['x', 60],
      ['y', 40],
    ]);
    expect(r.unranked).toEqual([]);
  });

  it('normalizes over every counted sheet of the judge, unranked entries included', () => {
    const r = results({
      aggregation: { normalization: 'zscore', minSheets: 2 },
      entries: [entry('x'), entry('y')],
      sheets: [
        sheet('x', 'j1', [8, 8]), // j1: 80 and 60 → μ 70, σ 10
        sheet('y', 'j1', [6, 6]),
        sheet('x', 'j2', [5, 5]), // j2: only one sheet → 50
      ],
    });
    // x: (60 + 50) / 2 = 55; y has one sheet → unranked, but it moved j1's μ
    expect(r.groups[0]!.entries).toEqual([{ entryId: 'x', rank: 1, score: 55, sheets: 2, award: null }]);
    expect(r.unranked).toEqual([{ entryId: 'y', reason: 'insufficient-sheets', sheets: 1 }]);
  });

  it('lists entries below minSheets (default 1) as unranked, by entryId', () => {
    const r = results({
      entries: [entry('z'), entry('x'), entry('m')],
      sheets: [sheet('m', 'j1', [5, 5])],
    });
    expect(r.unranked).toEqual([
      { entryId: 'x', reason: 'insufficient-sheets', sheets: 0 },
      { entryId: 'z', reason: 'insufficient-sheets', sheets: 0 },
    ]);
  });

  it('breaks a score tie by criteria, highest weight first', () => {
    // both T = 2.5·(3·6 + 6) = 60 = 2.5·(3·5 + 9); x wins on a (weight 3)
    const r = results({
      entries: [entry('y'), entry('x')],
      sheets: [sheet('x', 'j1', [6, 6]), sheet('y', 'j1', [5, 9])],
    });
    expect(order(r)).toEqual([
      ['x', 1, null],
      ['y', 2, null],
    ]);
  });

  it('breaks equal weights in rubric order', () => {
    const criteria = [
      { id: 'p', weight: 1, max: 10 },
      { id: 'q', weight: 1, max: 10 },
    ];
    const r = results({
      criteria,
      entries: [entry('x'), entry('y')],
      sheets: [sheet('x', 'j1', { p: 4, q: 6 }), sheet('y', 'j1', { p: 6, q: 4 })],
    });
    expect(order(r)).toEqual([
      ['y', 1, null],
      ['x', 2, null],
    ]);
  });

  it('compares criteria as s/max, so a criterion with max 4 is comparable', () => {
    const criteria = [
      { id: 'p', weight: 2, max: 4 },
      { id: 'q', weight: 1, max: 10 },
    ];
    // x: p 3/4 = .75, q 5/10 → T = 100·(1.5 + .5)/3 = 66.67; y: p 2/4, q 10/10 → same T
    const r = results({
      criteria,
      entries: [entry('x'), entry('y')],
      sheets: [sheet('x', 'j1', { p: 3, q: 5 }), sheet('y', 'j1', { p: 2, q: 10 })],
    });
    expect(order(r)).toEqual([
      ['x', 1, null],
      ['y', 2, null],
    ]);
  });

  it('shares the rank of fully equal entries, listed by entryId, then skips (1, 1, 3)', () => {
    const r = results({
      awards: [
        { id: 'gold', count: 1 },
        { id: 'silver', count: 1 },
      ],
      entries: [entry('b'), entry('a'), entry('c')],
      sheets: [sheet('a', 'j1', [7, 7]), sheet('b', 'j2', [7, 7]), sheet('c', 'j1', [6, 6])],
    });
    // a tie for first: both gold, C_2 = 2 < 3 so c gets nothing
    expect(order(r)).toEqual([
      ['a', 1, 'gold'],
      ['b', 1, 'gold'],
      ['c', 3, null],
    ]);
  });

  it('makes one group per track in tracks order, empty ones included, tiers per track', () => {
    const r = results({
      scope: 'track',
      tracks: ['t2', 'empty', 't1'],
      awards: [
        { id: 'first', count: 1, track: 't1' },
        { id: 'second', count: 1, track: 't1' },
        { id: 'first', count: 1, track: 't2' },
      ],
      entries: [
        entry('x', { track: 't1' }),
        entry('y', { track: 't1' }),
        entry('z', { track: 't2' }),
        entry('u', { track: 't2' }),
      ],
      sheets: [sheet('x', 'j1', [5, 5]), sheet('y', 'j1', [6, 6]), sheet('z', 'j1', [1, 1])],
    });
    expect(r.groups.map((g) => g.track)).toEqual(['t2', 'empty', 't1']);
    expect(order(r, 0)).toEqual([['z', 1, 'first']]);
    expect(order(r, 1)).toEqual([]);
    expect(order(r, 2)).toEqual([
      ['y', 1, 'first'],
      ['x', 2, 'second'],
    ]);
    expect(r.unranked).toEqual([{ entryId: 'u', reason: 'insufficient-sheets', sheets: 0 }]);
  });

  it('refuses a bad export as a whole', () => {
    const bad = makeExport({ entries: [entry('x')], sheets: [sheet('x', 'j1', [11, 5])] });
    expect(computeResults(bad)).toEqual({
      ok: false,
      problems: ['sheets[0] (entry x, judge j1): scores.a = 11 is out of range [0, 10]'],
    });
    expect(() => computeResultsOrThrow(bad)).toThrow(ExportRefusedError);
  });
});
