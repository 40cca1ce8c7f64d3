// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainEntry } from './breakdown';
import { computeResults, type ComputeOutcome } from './compute-results';
import { anExport, JUDGES } from './test-arbitraries';
import { clone } from './test-builders';
import { EPSILON, type JudgingExportV1 } from './types';

/*
 * Property-based tests: random valid exports, small enough that ties,
 * empty tracks, unranked entries and award boundaries happen often
 * (scores come from a 5-value grid, weights from 1–3).
 */

function ok(x: JudgingExportV1): Extract<ComputeOutcome, { ok: true }> {
  const out = computeResults(x);
  if (!out.ok) throw new Error(`generated export refused:\n${out.problems.join('\n')}`);
  return out;
}

/** Deterministic Fisher–Yates from a seed, so failures replay. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const a = list.slice();
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const RUNS = { numRuns: 300 };

describe('results properties', () => {
  it('every generated export is accepted and the results survive a JSON round trip', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const { results } = ok(x);
        expect(JSON.parse(JSON.stringify(results))).toEqual(results);
      }),
      RUNS,
    );
  });

  it('ranks form a standard competition ranking; shared ranks are listed by entryId', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        for (const g of ok(x).results.groups) {
          g.entries.forEach((e, i) => {
            if (i === 0) return expect(e.rank).toBe(1);
            const prev = g.entries[i - 1]!;
            if (e.rank === prev.rank) expect(prev.entryId < e.entryId).toBe(true);
            else expect(e.rank).toBe(i + 1);
            expect(e.score).toBeLessThanOrEqual(prev.score + EPSILON);
          });
        }
      }),
      RUNS,
    );
  });

  it('tied entries share a tier; tiers go down the list in order; awarded iff rank ≤ ΣC', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const awards = x.competition.awards ?? [];
        ok(x).results.groups.forEach((g) => {
          const tiers = awards.filter((t) => (t.track ?? null) === g.track).map((t) => t.id);
          const total = awards.filter((t) => (t.track ?? null) === g.track).reduce((s, t) => s + t.count, 0);
          let last = -1;
          g.entries.forEach((e, i) => {
            const prev = g.entries[i - 1];
            if (prev && prev.rank === e.rank) expect(e.award).toBe(prev.award);
            expect(e.award !== null).toBe(e.rank <= total);
            const k = e.award === null ? tiers.length : tiers.indexOf(e.award);
            expect(k).toBeGreaterThanOrEqual(last);
            last = k;
          });
        });
      }),
      RUNS,
    );
  });

  it('without ties, no tier is given more often than its count', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const awards = x.competition.awards ?? [];
        for (const g of ok(x).results.groups) {
          if (new Set(g.entries.map((e) => e.rank)).size !== g.entries.length) continue;
          for (const t of awards.filter((a) => (a.track ?? null) === g.track)) {
            expect(g.entries.filter((e) => e.award === t.id).length).toBeLessThanOrEqual(t.count);
          }
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of entries, sheets or score keys', () => {
    fc.assert(
      fc.property(anExport, fc.integer(), (x, seed) => {
        const y = clone(x);
        y.entries = shuffled(y.entries, seed);
        y.sheets = shuffled(y.sheets, seed + 1).map((s) => ({
          ...s,
          scores: Object.fromEntries(shuffled(Object.entries(s.scores ?? {}), seed + 2)),
        }));
        expect(ok(y).results).toEqual(ok(x).results);
      }),
      RUNS,
    );
  });

  it('adding a draft or recused sheet changes nothing', () => {
    fc.assert(
      fc.property(
        anExport,
        fc.nat(),
        fc.constantFrom('draft', 'recused'),
        fc.constantFrom(...JUDGES),
        fc.integer({ min: -5, max: 50 }),
        (x, pick, status, judgeId, junk) => {
          if (x.entries.length === 0) return;
          const y = clone(x);
          const entryId = y.entries[pick % y.entries.length]!.id;
          y.sheets.splice(pick % (y.sheets.length + 1), 0, {
            entryId,
            judgeId,
            status: status as 'draft',
            scores: { c0: junk },
          });
          expect(ok(y).results).toEqual(ok(x).results);
        },
      ),
      RUNS,
    );
  });

  it('removing withdrawn and disqualified entries (and their sheets) changes nothing', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const y = clone(x);
        const gone = new Set(y.entries.filter((e) => e.status !== 'submitted').map((e) => e.id));
        y.entries = y.entries.filter((e) => !gone.has(e.id));
        y.sheets = y.sheets.filter((s) => !gone.has(s.entryId));
        expect(ok(y).results).toEqual(ok(x).results);
      }),
      RUNS,
    );
  });

  it('only weight ratios matter (doubling every weight changes nothing)', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const y = clone(x);
        for (const c of y.competition.rubric.criteria) c.weight *= 2;
        expect(ok(y).results).toEqual(ok(x).results);
      }),
      RUNS,
    );
  });

  it('every submitted entry appears once, ranked iff it has minSheets counted sheets', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const { results } = ok(x);
        const minSheets = x.competition.aggregation.minSheets ?? 1;
        const counted = new Map<string, number>();
        const live = new Set(x.entries.filter((e) => (e.status ?? 'submitted') === 'submitted').map((e) => e.id));
        for (const s of x.sheets) {
          if (s.status === 'submitted' && live.has(s.entryId))
            counted.set(s.entryId, (counted.get(s.entryId) ?? 0) + 1);
        }
        const seen: string[] = [];
        for (const g of results.groups) {
          for (const e of g.entries) {
            seen.push(e.entryId);
            expect(e.sheets).toBe(counted.get(e.entryId) ?? 0);
            expect(e.sheets).toBeGreaterThanOrEqual(minSheets);
            if (g.track !== null) expect(x.entries.find((v) => v.id === e.entryId)!.track).toBe(g.track);
          }
        }
        const unrankedIds = results.unranked.map((u) => u.entryId);
        expect(unrankedIds).toEqual([...unrankedIds].sort());
        for (const u of results.unranked) {
          seen.push(u.entryId);
          expect(u.sheets).toBe(counted.get(u.entryId) ?? 0);
          expect(u.sheets).toBeLessThan(minSheets);
        }
        expect(seen.sort()).toEqual([...live].sort());
        expect(results.groups.map((g) => g.track)).toEqual(
          x.competition.ranking.scope === 'overall' ? [null] : x.competition.tracks,
        );
      }),
      RUNS,
    );
  });

  it('an entry score lies between its lowest and highest sheet value (0–100 without zscore)', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const { analysis } = ok(x);
        for (const e of analysis.entries) {
          if (e.score === null) continue;
          const v = e.values;
          expect(e.score).toBeGreaterThanOrEqual(Math.min(...v) - EPSILON);
          expect(e.score).toBeLessThanOrEqual(Math.max(...v) + EPSILON);
          if (x.competition.aggregation.normalization === 'none') {
            expect(e.score).toBeGreaterThanOrEqual(0);
            expect(e.score).toBeLessThanOrEqual(100 + EPSILON);
          }
          const usedCount = e.used.filter(Boolean).length;
          expect(usedCount).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('the breakdown agrees with the ranking', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        const { analysis, results } = ok(x);
        for (const g of results.groups) {
          g.entries.forEach((e, i) => {
            const b = explainEntry(analysis, e.entryId)!;
            expect(b).toMatchObject({ rank: e.rank, score: e.score, award: e.award, group: g.track });
            const above = b.above;
            if (i === 0) return expect(above).toBeNull();
            const prev = g.entries[i - 1]!;
            expect(above!.entryId).toBe(prev.entryId);
            expect(above!.rule === 'tie').toBe(prev.rank === e.rank);
            if (above!.rule === 'score' || above!.rule.startsWith('criterion:')) {
              expect(above!.neighbourValue - above!.value).toBeGreaterThan(EPSILON);
            }
            expect(explainEntry(analysis, prev.entryId)!.below!.rule).toBe(above!.rule);
          });
        }
      }),
      RUNS,
    );
  });
});

describe('results properties (zscore)', () => {
  it('a judge with 2+ distinct totals gets values with mean 50', () => {
    fc.assert(
      fc.property(anExport, (x) => {
        x.competition.aggregation.normalization = 'zscore';
        const { analysis } = ok(x);
        for (const j of analysis.judges) {
          const v = j.entries.map((e, k) => e.values[j.slots[k]!]!);
          const mean = v.reduce((a, b) => a + b, 0) / v.length;
          expect(mean).toBeCloseTo(50, 6);
        }
      }),
      RUNS,
    );
  });
});
