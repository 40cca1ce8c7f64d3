// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultsV1 } from '../results/types';
import { cutResults } from './cut';

const entry = (entryId: string, rank: number, score: number) => ({ entryId, rank, score, sheets: 5, award: null });
const results = (groups: ResultsV1['groups'], unranked: ResultsV1['unranked'] = []): ResultsV1 => ({
  format: 'judging-results/v1',
  competitionId: 'c',
  groups,
  unranked,
});

const byTrack = results(
  [
    {
      track: 'a',
      entries: [entry('a1', 1, 90), entry('a2', 2, 80), entry('a3', 3, 70), entry('a4', 3, 70), entry('a5', 5, 60)],
    },
    { track: 'b', entries: [entry('b1', 1, 95), entry('b2', 2, 70)] },
  ],
  [{ entryId: 'a9', reason: 'insufficient-sheets', sheets: 1 }],
);

describe('cutResults', () => {
  it('takes the top n per track; a tie across the cut line all advances', () => {
    const cut = cutResults(byTrack, { scope: 'track', n: 3 });
    expect(cut.entryIds).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2']);
    expect(cut.tiedAtCut).toEqual(['a3', 'a4']);
    expect(cut.excluded).toEqual([]);
    expect(cut.groups[0]!.rows.map((r) => r.status)).toEqual(['advances', 'advances', 'tied', 'tied', 'out']);
  });

  it('leaves out the tied entries the organizer excludes, and reports exclusions that are not tied', () => {
    const cut = cutResults(byTrack, { scope: 'track', n: 3, excludedTiedEntryIds: ['a4', 'a1', 'zz'] });
    expect(cut.entryIds).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(cut.tiedAtCut).toEqual(['a3', 'a4']);
    expect(cut.excluded).toEqual(['a4']);
    expect(cut.unknownExclusions).toEqual(['a1', 'zz']);
  });

  it('has no tie at the cut when the shared rank ends at the n-th place', () => {
    const cut = cutResults(byTrack, { scope: 'track', n: 4 });
    expect(cut.tiedAtCut).toEqual([]);
    expect(cut.entryIds).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2']);
  });

  it('never takes unranked entries', () => {
    const cut = cutResults(byTrack, { scope: 'track', n: 100 });
    expect(cut.entryIds).not.toContain('a9');
    expect(cut.entryIds).toHaveLength(7);
  });

  it('compares tracks by score alone in an overall cut of results ranked per track', () => {
    const cut = cutResults(byTrack, { scope: 'overall', n: 3 });
    expect(cut.groups).toHaveLength(1);
    expect(cut.groups[0]!.rows.slice(0, 6).map((r) => [r.entryId, r.rank])).toEqual([
      ['b1', 1],
      ['a1', 2],
      ['a2', 3],
      ['a3', 4],
      ['a4', 4],
      ['b2', 4],
    ]);
    expect(cut.entryIds).toEqual(['b1', 'a1', 'a2']);
    const four = cutResults(byTrack, { scope: 'overall', n: 4 });
    expect(four.tiedAtCut).toEqual(['a3', 'a4', 'b2']);
  });

  it('splits results ranked overall by track, keeping the overall order', () => {
    const overall = results([
      {
        track: null,
        entries: [entry('x', 1, 9), entry('y', 2, 8), entry('z', 2, 8), entry('w', 4, 7), entry('v', 5, 6)],
      },
    ]);
    const tracks: Record<string, string> = { x: 't1', y: 't2', z: 't2', w: 't1', v: 'gone' };
    const cut = cutResults(overall, {
      scope: 'track',
      n: 1,
      trackOf: (id) => tracks[id] ?? null,
      trackOrder: ['t1', 't2'],
    });
    expect(cut.groups.map((g) => [g.track, g.rows.map((r) => `${r.entryId}${r.rank}`)])).toEqual([
      ['t1', ['x1', 'w2']],
      ['t2', ['y1', 'z1']],
      [null, ['v1']],
    ]);
    expect(cut.entryIds).toEqual(['x', 'y', 'z', 'v']);
    expect(cut.tiedAtCut).toEqual(['y', 'z']);
  });

  it('takes everyone in a group smaller than n', () => {
    const cut = cutResults(byTrack, { scope: 'track', n: 2 });
    expect(cut.groups[1]!.rows.every((r) => r.status === 'advances')).toBe(true);
  });
});

// Random ranked groups: scores drawn from a tiny pool so ties are frequent;
// ranks computed as the engine does (standard competition ranking).
const arbGroup = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 9 }).map((scores) => {
  const sorted = [...scores].sort((a, b) => b - a);
  return sorted.map((score, i) => entry(`e${i}`, sorted.indexOf(score) + 1, score));
});

describe('cutResults properties', () => {
  it('advances exactly the entries ranked at or above the n-th, less excluded tied ones', () => {
    fc.assert(
      fc.property(arbGroup, fc.integer({ min: 1, max: 10 }), fc.array(fc.nat(9)), (group, n, ex) => {
        const excludedTiedEntryIds = ex.map((i) => `e${i}`);
        const cut = cutResults(results([{ track: null, entries: group }]), {
          scope: 'overall',
          n,
          excludedTiedEntryIds,
        });
        const nthRank = group[Math.min(n, group.length) - 1]?.rank ?? 0;
        const atOrAbove = group.filter((e) => e.rank <= nthRank).map((e) => e.entryId);
        // Everything strictly above the n-th's rank advances, whatever is excluded.
        for (const e of group.filter((e) => e.rank < nthRank)) expect(cut.entryIds).toContain(e.entryId);
        // Tied entries exist only when the n-th's rank goes past the n-th place.
        if (cut.tiedAtCut.length > 0) {
          expect(atOrAbove.length).toBeGreaterThan(n);
          expect(cut.tiedAtCut.every((id) => group.find((e) => e.entryId === id)!.rank === nthRank)).toBe(true);
        } else {
          expect(atOrAbove.length).toBeLessThanOrEqual(n);
        }
        expect(cut.excluded.every((id) => cut.tiedAtCut.includes(id))).toBe(true);
        expect(new Set(cut.entryIds)).toEqual(new Set(atOrAbove.filter((id) => !cut.excluded.includes(id))));
        // Without exclusions at least min(n, size) go on.
        if (cut.excluded.length === 0) expect(cut.entryIds.length).toBeGreaterThanOrEqual(Math.min(n, group.length));
        for (const id of cut.unknownExclusions) expect(cut.tiedAtCut).not.toContain(id);
      }),
    );
  });

  it('does not depend on the track split when every group is cut by itself', () => {
    fc.assert(
      fc.property(arbGroup, arbGroup, fc.integer({ min: 1, max: 10 }), (a, b, n) => {
        const rename = (g: typeof a, p: string) => g.map((e) => ({ ...e, entryId: p + e.entryId }));
        const both = cutResults(
          results([
            { track: 'a', entries: rename(a, 'a') },
            { track: 'b', entries: rename(b, 'b') },
          ]),
          { scope: 'track', n },
        );
        const one = cutResults(results([{ track: null, entries: rename(a, 'a') }]), { scope: 'overall', n });
        expect(both.entryIds.filter((id) => id.startsWith('a'))).toEqual(one.entryIds);
      }),
    );
  });
});
