// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './assign';
import type { AssignmentInputV1 } from './types';

/*
 * Property-based tests against a brute-force solver written independently
 * of the engine: on small random inputs (≤ 5 entries, ≤ 4 judges, k ≤ 2,
 * organizations, conflicts, tags and previous pairs drawn from tiny pools so
 * that they collide often) it enumerates every assignment that meets the
 * hard constraints and keeps the best objective tuple (spread, kept, tag
 * matches), which the engine must reach exactly.
 */

const ORGS = ['o1', 'o2', ' o1 '];
const TAGS = ['a', 'b', 'c'];

const arbInput = fc
  .record({
    nEntries: fc.integer({ min: 0, max: 5 }),
    nJudges: fc.integer({ min: 1, max: 4 }),
    k: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ nEntries, nJudges, k }) =>
    fc.record({
      k: fc.constant(k),
      entries: fc.array(
        fc.record({
          organization: fc.option(fc.constantFrom(...ORGS), { nil: undefined, freq: 2 }),
          tags: fc.subarray(TAGS),
        }),
        { minLength: nEntries, maxLength: nEntries },
      ),
      judges: fc.array(
        fc.record({
          organizations: fc.subarray(ORGS, { maxLength: 1 }),
          tags: fc.subarray(TAGS, { maxLength: 2 }),
          // Entry indices; nEntries itself names an entry not in the input.
          conflicts: fc.array(fc.integer({ min: 0, max: nEntries }), { maxLength: 2 }),
        }),
        { minLength: nJudges, maxLength: nJudges },
      ),
      previous: fc.array(
        fc.record({
          judge: fc.integer({ min: 0, max: nJudges }),
          entry: fc.integer({ min: 0, max: nEntries }),
          locked: fc.boolean(),
        }),
        { maxLength: 7 },
      ),
    }),
  )
  .map((g): AssignmentInputV1 => ({
    format: 'judging-assignment-input/v1',
    k: g.k,
    entries: g.entries.map((e, i) => ({ id: `e${i}`, organization: e.organization ?? null, tags: e.tags })),
    judges: g.judges.map((j, i) => ({
      id: `j${i}`,
      organizations: j.organizations,
      tags: j.tags,
      conflicts: j.conflicts.map((c) => `e${c}`),
    })),
    previous: g.previous.map((p) => ({ judgeId: `j${p.judge}`, entryId: `e${p.entry}`, locked: p.locked })),
  }));

interface Best {
  spread: number;
  kept: number;
  matches: number;
}

/** Exhaustive search; null when no assignment meets the hard constraints. */
function bruteForce(input: AssignmentInputV1): Best | null {
  const { k, entries, judges } = input;
  const nJ = judges.length;
  const prev = new Map<string, boolean>();
  for (const p of input.previous ?? []) {
    const known = judges.some((j) => j.id === p.judgeId) && entries.some((e) => e.id === p.entryId);
    if (known)
      prev.set(`${p.judgeId}|${p.entryId}`, prev.get(`${p.judgeId}|${p.entryId}`) === true || p.locked === true);
  }
  const forbidden = (j: number, e: number): boolean => {
    const judge = judges[j]!;
    const entry = entries[e]!;
    const org = (entry.organization ?? '').trim();
    return (
      (judge.conflicts ?? []).includes(entry.id) ||
      (org !== '' && (judge.organizations ?? []).some((o) => o.trim() === org))
    );
  };
  // Per entry, every allowed set of k judges that holds its locked ones.
  const options = entries.map((entry, e) => {
    const sets: number[][] = [];
    const pick = (from: number, chosen: number[]): void => {
      if (chosen.length === k) {
        const locked = judges.every((j, ji) => prev.get(`${j.id}|${entry.id}`) !== true || chosen.includes(ji));
        if (locked) sets.push(chosen);
        return;
      }
      for (let j = from; j < nJ; j++) {
        if (!forbidden(j, e) || prev.get(`${judges[j]!.id}|${entry.id}`) === true) pick(j + 1, [...chosen, j]);
      }
    };
    pick(0, []);
    return sets;
  });
  let best: Best | null = null;
  const loads = new Array<number>(nJ).fill(0);
  const walk = (e: number, kept: number, matches: number): void => {
    if (e === entries.length) {
      const spread = Math.max(...loads) - Math.min(...loads);
      const better =
        best === null ||
        spread < best.spread ||
        (spread === best.spread && (kept > best.kept || (kept === best.kept && matches > best.matches)));
      if (better) best = { spread, kept, matches };
      return;
    }
    const entry = entries[e]!;
    for (const set of options[e]!) {
      let dk = 0;
      let dm = 0;
      for (const j of set) {
        loads[j]! += 1;
        if (prev.has(`${judges[j]!.id}|${entry.id}`)) dk += 1;
        if ((entry.tags ?? []).some((t) => (judges[j]!.tags ?? []).includes(t))) dm += 1;
      }
      walk(e + 1, kept + dk, matches + dm);
      for (const j of set) loads[j]! -= 1;
    }
  };
  walk(0, 0, 0);
  return best;
}

describe('assign: properties against brute force', () => {
  it('is optimal in priority order, valid, and refuses exactly the impossible inputs', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const out = assign(input);
        const best = bruteForce(input);
        if (!out.ok) {
          expect(best).toBeNull();
          expect(out.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(best).not.toBeNull();
        const { assignments, stats, loads } = out.value;
        expect({ spread: stats.maxLoad - stats.minLoad, kept: stats.kept, matches: stats.tagMatches }).toEqual(best);

        // Hard constraints, independently of the engine's own checks.
        const key = (judgeId: string, entryId: string): string => `${judgeId}|${entryId}`;
        const chosen = new Set(assignments.map((a) => key(a.judgeId, a.entryId)));
        expect(chosen.size).toBe(assignments.length);
        for (const entry of input.entries) {
          expect(assignments.filter((a) => a.entryId === entry.id)).toHaveLength(input.k);
        }
        const locked = new Set(
          (input.previous ?? []).filter((p) => p.locked === true).map((p) => key(p.judgeId, p.entryId)),
        );
        for (const a of assignments) {
          const judge = input.judges.find((j) => j.id === a.judgeId)!;
          const entry = input.entries.find((e) => e.id === a.entryId)!;
          const org = (entry.organization ?? '').trim();
          const isForbidden =
            (judge.conflicts ?? []).includes(entry.id) ||
            (org !== '' && (judge.organizations ?? []).some((o) => o.trim() === org));
          if (isForbidden) expect(locked.has(key(a.judgeId, a.entryId))).toBe(true);
        }
        for (const l of locked) {
          const [j, e] = l.split('|');
          if (input.judges.some((x) => x.id === j) && input.entries.some((x) => x.id === e)) {
            expect(chosen.has(l)).toBe(true);
          }
        }

        // Output shape: sorted pairs, loads of every judge, consistent stats.
        const sorted = [...assignments].sort((a, b) =>
          a.entryId === b.entryId ? (a.judgeId < b.judgeId ? -1 : 1) : a.entryId < b.entryId ? -1 : 1,
        );
        expect(assignments).toEqual(sorted);
        expect(Object.keys(loads).sort()).toEqual(input.judges.map((j) => j.id).sort());
        for (const j of input.judges) {
          expect(loads[j.id]).toBe(assignments.filter((a) => a.judgeId === j.id).length);
        }
        const distinct = new Set((input.previous ?? []).map((p) => key(p.judgeId, p.entryId)));
        expect(stats.pairs).toBe(assignments.length);
        expect(stats.kept + stats.moved + stats.dropped).toBe(distinct.size);

        // Determinism: the same input gives the same bytes.
        expect(JSON.stringify(assign(structuredClone(input)))).toBe(JSON.stringify(out));
      }),
      { numRuns: 300 },
    );
  });
});
