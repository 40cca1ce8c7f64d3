// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeConfidence, computeResults, contestedLines, isContested } from '../../../src/domain/results';

/*
 * The contested prize lines (src/domain/results/contested-lines.ts) on the
 * demo contest with the real confidence (B = 2000, seed 1): the definition
 * places every contested entry on a line next to its own award block.
 */
describe('contested prize lines of the demo contest', () => {
  it('lists every contested entry on a line around its own award, and only contested ones', () => {
    const outcome = computeResults(JSON.parse(readFileSync('test/fixtures/demo-contest.export.json', 'utf8')));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const { analysis } = outcome;
    const confidence = computeConfidence(analysis);
    const groups = contestedLines(analysis, confidence);

    const listed = new Set<string>();
    for (const group of groups) {
      for (const line of group.lines) {
        expect(line.gap).toBeGreaterThanOrEqual(0);
        expect(line.lastAbove.rank).toBeLessThan(line.firstBelow.rank);
        for (const e of [...line.aboveEntries, ...line.belowEntries]) {
          expect(e.sameAward).toBeLessThan(0.9 * confidence.samples);
          listed.add(e.entryId);
        }
        for (const e of line.aboveEntries) expect(e.award?.id).toBe(line.above.id);
        for (const e of line.belowEntries) expect(e.award?.id ?? null).toBe(line.below?.id ?? null);
      }
    }
    const contested = confidence.entries.filter((c) => isContested(c, confidence.samples)).map((c) => c.entryId);
    expect(contested.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual(contested);
  });
});
