// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { ConfidenceV1, EntryConfidence } from './confidence';
import { contestedLines, type ContestedLine } from './contested-lines';
import { entry, makeExport, sheet } from './test-builders';
import type { AwardTierInput, JudgingExportV1 } from './types';
import { validateExport } from './validate-export';

function analyzed(exported: JudgingExportV1) {
  const v = validateExport(exported);
  if (!v.ok) throw new Error(v.problems.join('\n'));
  return analyze(v.value);
}

/*
 * Small groups worked out by hand. Each entry has one sheet scored (a, b)
 * with a weighted 3:1, so its score is 100·(3a + b)/40; the confidence is
 * written by hand (samples 100: contested below 90).
 */

const analysisOf = (scores: Record<string, [number, number]>, awards: AwardTierInput[]) =>
  analyzed(
    makeExport({
      awards,
      entries: Object.keys(scores).map((id) => entry(id)),
      sheets: Object.entries(scores).map(([id, s]) => sheet(id, 'j1', s)),
    }),
  );

const confidence = (entries: Record<string, [number, number, number]>): ConfidenceV1 => ({
  samples: 100,
  seed: 1,
  entries: Object.entries(entries).map(([entryId, [sameAward, rankLow, rankHigh]]): EntryConfidence => ({
    entryId,
    sameAward,
    rankLow,
    rankHigh,
  })),
});

const ids = (line: ContestedLine) => ({
  line: `${line.above.id}|${line.below?.id ?? '-'}`,
  above: line.aboveEntries.map((e) => e.entryId),
  below: line.belowEntries.map((e) => e.entryId),
  across: [line.lastAbove.entryId, line.firstBelow.entryId],
  weakest: line.weakest.entryId,
});

// first ×1, second ×2: ranks 1 | 2–3 | 4–5 without award (C = 1, 3).
const TIERS: AwardTierInput[] = [
  { id: 'first', count: 1 },
  { id: 'second', count: 2 },
];
// Scores 100, 90, 87.5, 80, 60.
const FIVE: Record<string, [number, number]> = {
  e1: [10, 10],
  e2: [9, 9],
  e3: [9, 8],
  e4: [8, 8],
  e5: [6, 6],
};

describe('contested prize lines', () => {
  it('lists a line when an entry next to it is contested and its rank interval crosses it', () => {
    const analysis = analysisOf(FIVE, TIERS);
    const [group] = contestedLines(
      analysis,
      confidence({
        e1: [100, 1, 1],
        e2: [95, 2, 3], // not contested
        e3: [60, 2, 4], // contested, may fall to rank 4 (no award)
        e4: [55, 3, 5], // contested, may rise to rank 3 (second prize)
        e5: [100, 5, 5],
      }),
    );
    expect(group!.track).toBeNull();
    expect(group!.lines.map(ids)).toEqual([
      { line: 'second|-', above: ['e3'], below: ['e4'], across: ['e3', 'e4'], weakest: 'e4' },
    ]);
    const line = group!.lines[0]!;
    expect(line.below).toBeNull();
    expect(line.gap).toBeCloseTo(7.5, 12); // 87.5 − 80
    expect(line.weakest).toEqual({
      entryId: 'e4',
      rank: 4,
      score: 80,
      award: null,
      sameAward: 55,
      share: 0.55,
      rankLow: 3,
      rankHigh: 5,
    });
    expect(line.aboveEntries[0]!.award?.id).toBe('second');
  });

  it('lists nothing when no entry is contested, nor a contested entry whose interval stays in its tier', () => {
    const analysis = analysisOf(FIVE, TIERS);
    const sure = confidence({ e1: [100, 1, 1], e2: [90, 2, 3], e3: [90, 2, 3], e4: [99, 4, 5], e5: [100, 4, 5] });
    expect(contestedLines(analysis, sure)[0]!.lines).toEqual([]);
    // Contested (80 < 90) but [2, 3] never leaves the second prize: on no line.
    const inside = confidence({ e1: [100, 1, 1], e2: [80, 2, 3], e3: [90, 2, 3], e4: [99, 4, 5], e5: [100, 5, 5] });
    expect(contestedLines(analysis, inside)[0]!.lines).toEqual([]);
  });

  it('puts each entry on the line on the side its interval crosses, weakest first by share then rank', () => {
    const analysis = analysisOf(FIVE, TIERS);
    const [group] = contestedLines(
      analysis,
      confidence({
        e1: [70, 1, 2], // may fall to second
        e2: [70, 1, 4], // may rise to first and fall out of the prizes: on both lines
        e3: [100, 2, 3],
        e4: [89, 3, 5],
        e5: [100, 5, 5],
      }),
    );
    expect(group!.lines.map(ids)).toEqual([
      { line: 'first|second', above: ['e1'], below: ['e2'], across: ['e1', 'e2'], weakest: 'e1' },
      { line: 'second|-', above: ['e2'], below: ['e4'], across: ['e3', 'e4'], weakest: 'e2' },
    ]);
    expect(group!.lines[0]!.gap).toBeCloseTo(10, 12);
  });

  it('draws lines between the awards entries got: a tier taken by a tie above has none of its own', () => {
    // e1 and e2 tie for rank 1 and both get first; rank 3 gets third (second is empty); rank 4 none.
    const analysis = analysisOf({ e1: [9, 9], e2: [9, 9], e3: [8, 8], e4: [6, 6] }, [
      { id: 'first', count: 1 },
      { id: 'second', count: 1 },
      { id: 'third', count: 1 },
    ]);
    expect(analysis.groups[0]!.order.map((e) => e.award?.id ?? null)).toEqual(['first', 'first', 'third', null]);
    const [group] = contestedLines(
      analysis,
      // e3 may rise to rank 2 (second prize): above its tier (rankLow ≤ C_second = 2) though not above first.
      confidence({ e1: [100, 1, 1], e2: [100, 1, 1], e3: [50, 2, 3], e4: [100, 4, 4] }),
    );
    expect(group!.lines.map(ids)).toEqual([
      { line: 'first|third', above: [], below: ['e3'], across: ['e2', 'e3'], weakest: 'e3' },
    ]);
  });

  it('keeps the groups of a track ranking, each with its own lines', () => {
    const analysis = analyzed(
      makeExport({
        scope: 'track',
        tracks: ['x', 'y'],
        awards: [
          { id: 'first', count: 1, track: 'x' },
          { id: 'first', count: 1, track: 'y' },
        ],
        entries: [entry('x1', { track: 'x' }), entry('x2', { track: 'x' }), entry('y1', { track: 'y' })],
        // x1 and x2 score the same; x1 first on criterion a (9 vs 8): a gap of 0.
        sheets: [sheet('x1', 'j1', [9, 6]), sheet('x2', 'j1', [8, 9]), sheet('y1', 'j1', [5, 5])],
      }),
    );
    const groups = contestedLines(analysis, confidence({ x1: [52, 1, 2], x2: [52, 1, 2], y1: [100, 1, 1] }));
    expect(groups.map((g) => g.track)).toEqual(['x', 'y']);
    expect(groups[0]!.lines.map(ids)).toEqual([
      { line: 'first|-', above: ['x1'], below: ['x2'], across: ['x1', 'x2'], weakest: 'x1' },
    ]);
    expect(groups[0]!.lines[0]!.gap).toBe(0);
    expect(groups[1]!.lines).toEqual([]);
  });
});
