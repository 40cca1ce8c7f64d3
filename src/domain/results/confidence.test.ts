// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResults, type ComputeOutcome } from './compute-results';
import { computeConfidence, confidencePercent, isContested, quantilePositions, type ConfidenceV1 } from './confidence';
import { referenceConfidence } from './test-confidence-reference';
import { anExport } from './test-arbitraries';
import { entry, makeExport, sheet } from './test-builders';
import type { Analysis } from './analyze';
import type { JudgingExportV1, ResultsV1 } from './types';
import demoExportText from '../../../test/fixtures/demo-contest.export.json?raw';
import storedCliOutput from '../../../test/fixtures/demo-contest.confidence.results.json?raw';

function analysisOf(x: unknown): Analysis {
  const out: ComputeOutcome = computeResults(x);
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.analysis;
}

const DEMO = JSON.parse(demoExportText) as JudgingExportV1;

describe('computeConfidence agrees with a second implementation of the spec', () => {
  it('on the demo contest (76 entries, 2 tracks, trimmed mean), B = 300, two seeds', () => {
    const a = analysisOf(DEMO);
    for (const seed of [1, 4294967295]) {
      expect(computeConfidence(a, { samples: 300, seed })).toEqual(referenceConfidence(a, 300, seed));
    }
  });

  it('on random exports: every method, zscore, tracks, ties, unranked entries', () => {
    fc.assert(
      fc.property(anExport, fc.integer({ min: 0, max: 4294967295 }), (x, seed) => {
        const a = analysisOf(x);
        expect(computeConfidence(a, { samples: 100, seed })).toEqual(referenceConfidence(a, 100, seed));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the stored expected output of the CLI with --confidence', () => {
  it('is the second implementation’s answer for the demo contest (B = 2000, seed 1)', () => {
    // scripts/results-cli/cli.test.ts checks the CLI prints exactly this file.
    const stored = JSON.parse(storedCliOutput) as ResultsV1 & { confidence: ConfidenceV1 };
    expect(stored.confidence).toEqual(referenceConfidence(analysisOf(DEMO), 2000, 1));
  });
});

describe('computeConfidence, checked by hand', () => {
  // a: sheets 80 and 60 (mean 70); b: one sheet of 70. One first prize.
  // The real results tie them (70 = 70, and 0.7 = 0.7 on the one criterion),
  // so both are first. Per sample, a draws twice, then b once (entryId order).
  // a loses first prize only when it draws the 60 twice; b only when a draws
  // the 80 twice.
  const x = makeExport({
    criteria: [{ id: 'a', weight: 1, max: 100 }],
    awards: [{ id: 'first', count: 1 }],
    entries: [entry('a'), entry('b')],
    sheets: [sheet('a', 'j1', { a: 80 }), sheet('a', 'j2', { a: 60 }), sheet('b', 'j1', { a: 70 })],
  });

  it('counts the samples in which each keeps its award', () => {
    const a = analysisOf(x);
    expect(a.groups[0]!.order.map((e) => [e.id, e.rank, e.award?.id])).toEqual([
      ['a', 1, 'first'],
      ['b', 1, 'first'],
    ]);
    // The spec's generator, seed 1: three calls per sample.
    let s = 1;
    const rand = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let aDrewLowTwice = 0;
    let aDrewHighTwice = 0;
    for (let b = 0; b < 1000; b++) {
      const first = Math.floor(rand() * 2); // sheets by judgeId: 0 = j1 (80), 1 = j2 (60)
      const second = Math.floor(rand() * 2);
      rand(); // b's one draw
      if (first === 1 && second === 1) aDrewLowTwice++;
      if (first === 0 && second === 0) aDrewHighTwice++;
    }
    // About a quarter each, as the coin says.
    expect(aDrewLowTwice).toBeGreaterThan(200);
    expect(aDrewLowTwice).toBeLessThan(300);
    expect(computeConfidence(a, { samples: 1000, seed: 1 })).toEqual({
      samples: 1000,
      seed: 1,
      entries: [
        // a is second in about a quarter of the samples: the 975th rank is 2.
        { entryId: 'a', sameAward: 1000 - aDrewLowTwice, rankLow: 1, rankHigh: 2 },
        { entryId: 'b', sameAward: 1000 - aDrewHighTwice, rankLow: 1, rankHigh: 2 },
      ],
    });
  });
});

describe('computeConfidence: properties', () => {
  it('gives rankLow = rankHigh and every sample the same award when no entry’s sheets vary', () => {
    const x = makeExport({
      awards: [
        { id: 'gold', count: 1 },
        { id: 'silver', count: 1 },
      ],
      entries: ['p', 'q', 'r'].map((id) => entry(id)),
      sheets: [
        ...['j1', 'j2', 'j3'].map((j) => sheet('p', j, [7, 5])),
        ...['j1', 'j2'].map((j) => sheet('q', j, [7, 5])),
        ...['j1', 'j2', 'j3'].map((j) => sheet('r', j, [6, 9])),
      ],
    });
    const a = analysisOf(x);
    const c = computeConfidence(a, { samples: 200, seed: 9 });
    for (const e of c.entries) {
      const real = a.byId.get(e.entryId)!;
      expect([e.rankLow, e.rankHigh, e.sameAward]).toEqual([real.rank, real.rank, 200]);
    }
  });

  it('gives sameAward = samples to an entry far from every prize line', () => {
    const x = makeExport({
      awards: [
        { id: 'gold', count: 1 },
        { id: 'silver', count: 2 },
      ],
      entries: ['top', 'm1', 'm2', 'm3'].map((id) => entry(id)),
      sheets: [
        sheet('top', 'j1', [10, 10]),
        sheet('top', 'j2', [9, 9]),
        sheet('top', 'j3', [10, 9]),
        // The others swing widely, but never near the top's lowest sheet.
        ...['m1', 'm2', 'm3'].flatMap((id) => [
          sheet(id, 'j1', [2, 2]),
          sheet(id, 'j2', [6, 6]),
          sheet(id, 'j3', [4, 1]),
        ]),
      ],
    });
    const c = computeConfidence(analysisOf(x), { samples: 500, seed: 3 });
    expect(c.entries.find((e) => e.entryId === 'top')).toEqual({
      entryId: 'top',
      sameAward: 500,
      rankLow: 1,
      rankHigh: 1,
    });
    // The three alike entries share the two silvers and a place without: contested.
    expect(c.entries.filter((e) => isContested(e, 500)).map((e) => e.entryId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('gives the same output for the same seed, and a different one for another seed', () => {
    const a = analysisOf(DEMO);
    const one = computeConfidence(a, { samples: 200, seed: 1 });
    expect(computeConfidence(a, { samples: 200, seed: 1 })).toEqual(one);
    expect(computeConfidence(a, { samples: 200, seed: 2 })).not.toEqual(one);
  });

  it('lists every ranked entry by entryId, with exactly the spec’s members', () => {
    const a = analysisOf(DEMO);
    const c = computeConfidence(a, { samples: 100, seed: 1 });
    const ranked = a.groups.flatMap((g) => g.order.map((e) => e.id)).sort();
    expect(c.entries.map((e) => e.entryId)).toEqual(ranked);
    expect(Object.keys(c)).toEqual(['samples', 'seed', 'entries']);
    for (const e of c.entries) {
      expect(Object.keys(e)).toEqual(['entryId', 'sameAward', 'rankLow', 'rankHigh']);
      expect(e.rankLow).toBeLessThanOrEqual(e.rankHigh);
    }
  });

  it('reports progress up to the last sample', () => {
    const seen: number[] = [];
    computeConfidence(analysisOf(DEMO), { samples: 250, seed: 1 }, (done, total) => {
      expect(total).toBe(250);
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(250);
    expect(seen.length).toBeGreaterThanOrEqual(100);
    expect([...seen].sort((p, q) => p - q)).toEqual(seen);
  });

  it('refuses samples and seeds outside the spec', () => {
    const a = analysisOf(DEMO);
    for (const options of [
      { samples: 99, seed: 1 },
      { samples: 100001, seed: 1 },
      { samples: 150.5, seed: 1 },
      { samples: 100, seed: -1 },
      { samples: 100, seed: 4294967296 },
    ]) {
      expect(() => computeConfidence(a, options)).toThrow(RangeError);
    }
  });
});

describe('quantilePositions', () => {
  it('is ⌈0.025·B⌉ and ⌈0.975·B⌉, exactly, for every allowed B', () => {
    expect(quantilePositions(2000)).toEqual({ low: 50, high: 1950 });
    expect(quantilePositions(100)).toEqual({ low: 3, high: 98 });
    expect(quantilePositions(101)).toEqual({ low: 3, high: 99 });
    const wrong: number[] = [];
    for (let b = 100; b <= 100000; b++) {
      const { low, high } = quantilePositions(b);
      // Integers only: low is the least k with 40k ≥ B, high the least with 40k ≥ 39B.
      const right = 40 * low >= b && 40 * (low - 1) < b && 40 * high >= 39 * b && 40 * (high - 1) < 39 * b;
      if (!right) wrong.push(b);
    }
    expect(wrong).toEqual([]);
  });
});

describe('confidencePercent', () => {
  it('is a whole percentage rounded down: 100 % only when every panel agreed', () => {
    expect(confidencePercent(2000, 2000)).toBe(100);
    expect(confidencePercent(1999, 2000)).toBe(99);
    expect(confidencePercent(1799, 2000)).toBe(89);
    expect(confidencePercent(1800, 2000)).toBe(90);
    expect(confidencePercent(0, 2000)).toBe(0);
    expect(confidencePercent(1, 0)).toBe(0);
  });
});
