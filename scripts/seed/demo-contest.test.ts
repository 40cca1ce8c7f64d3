// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDemoContest, REVIEW_K } from './demo-contest.mjs';

interface Pair {
  judgeUid: string;
  entryId: string;
}
interface DemoSheet extends Pair {
  status: string;
}

/*
 * The demo's review-round assignments are the assignment engine's output
 * (run through its CLI) on the demo's documents. These checks pin what the
 * demo promises: a balanced round that keeps every scored pair and leaves the
 * first demo judge something to score.
 */
const demo = buildDemoContest() as {
  entries: { entry: { id: string; status: string } }[];
  judges: { uid: string; conflicts: string[] }[];
  sheets: DemoSheet[];
  assignments: Pair[];
};
const key = (p: Pair) => `${p.judgeUid}__${p.entryId}`;
const assigned = new Set(demo.assignments.map(key));

describe('the demo seed review round', () => {
  it(`gives every competing entry exactly ${REVIEW_K} judges, and withdrawn entries none`, () => {
    for (const { entry } of demo.entries) {
      const n = demo.assignments.filter((a) => a.entryId === entry.id).length;
      expect([entry.id, n]).toEqual([entry.id, entry.status === 'submitted' ? REVIEW_K : 0]);
    }
  });

  it('keeps every submitted sheet of a competing entry, and never a recused judge', () => {
    const competing = new Set(demo.entries.filter((e) => e.entry.status === 'submitted').map((e) => e.entry.id));
    for (const s of demo.sheets) {
      if (!competing.has(s.entryId)) continue;
      if (s.status === 'submitted') expect(assigned.has(key(s))).toBe(true);
      if (s.status === 'recused') expect(assigned.has(key(s))).toBe(false);
    }
  });

  it('balances the loads within one entry', () => {
    const loads = demo.judges.map((j) => demo.assignments.filter((a) => a.judgeUid === j.uid).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('leaves judge1 entries to score, one of them a draft', () => {
    const submitted = new Set(demo.sheets.filter((s) => s.status === 'submitted').map(key));
    const open = demo.assignments.filter((a) => a.judgeUid === 'j1' && !submitted.has(key(a)));
    expect(open.length).toBeGreaterThanOrEqual(2);
    const drafts = new Set(demo.sheets.filter((s) => s.status === 'draft').map(key));
    expect(open.some((a) => drafts.has(key(a)))).toBe(true);
  });
});
