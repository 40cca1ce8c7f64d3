/*
 * fast-check arbitraries for tests only (not exported from index.ts):
 * random valid exports, small enough that ties, empty tracks, unranked
 * entries and award boundaries happen often (scores come from a 5-value
 * grid, weights from 1–3).
 */
import fc from 'fast-check';
import type { JudgingExportV1 } from './types';

/** The judges the random sheets come from. */
export const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5'];
const TRACKS = ['t1', 't2', 't3'];

const rawSheet = fc.record({
  judge: fc.nat(JUDGES.length - 1),
  steps: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
  status: fc.constantFrom('submitted', 'submitted', 'submitted', 'submitted', 'draft', 'recused'),
});

const rawExport = fc.record({
  criteria: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 3 }), max: fc.constantFrom(4, 5, 10) }), {
    minLength: 1,
    maxLength: 4,
  }),
  method: fc.constantFrom('mean', 'median', 'trimmed-mean'),
  trim: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  normalization: fc.constantFrom('none', 'zscore'),
  minSheets: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  scope: fc.constantFrom('overall', 'track'),
  nTracks: fc.integer({ min: 1, max: 3 }),
  tiers: fc.array(fc.record({ count: fc.integer({ min: 0, max: 3 }), track: fc.nat(2) }), { maxLength: 6 }),
  entries: fc.array(
    fc.record({
      track: fc.nat(2),
      status: fc.constantFrom('submitted', 'submitted', 'submitted', 'submitted', 'withdrawn', 'disqualified'),
      sheets: fc.array(rawSheet, { maxLength: 6 }),
    }),
    { maxLength: 14 },
  ),
});

type Raw = typeof rawExport extends fc.Arbitrary<infer T> ? T : never;

function build(raw: Raw): JudgingExportV1 {
  const tracks = TRACKS.slice(0, raw.nTracks);
  const criteria = raw.criteria.map((c, i) => ({ id: `c${i}`, weight: c.weight, max: c.max }));
  const awards =
    raw.scope === 'overall'
      ? raw.tiers.map((t, i) => ({ id: `tier${i}`, label: `Tier ${i}`, count: t.count }))
      : raw.tiers.map((t, i) => ({
          id: `tier${i}`,
          label: `Tier ${i}`,
          count: t.count,
          track: tracks[t.track % tracks.length]!,
        }));
  const entries: JudgingExportV1['entries'] = [];
  const sheets: JudgingExportV1['sheets'] = [];
  raw.entries.forEach((e, i) => {
    const id = `e${String(i).padStart(2, '0')}`;
    entries.push({ id, track: tracks[e.track % tracks.length]!, title: id, status: e.status as 'submitted' });
    const submitted = new Set<string>();
    for (const s of e.sheets) {
      const judgeId = JUDGES[s.judge]!;
      let status = s.status as 'submitted' | 'draft' | 'recused';
      // one counted sheet per judge and entry: later ones become drafts
      if (status === 'submitted') {
        if (submitted.has(judgeId)) status = 'draft';
        submitted.add(judgeId);
      }
      const scores: Record<string, number> = {};
      criteria.forEach((c, k) => {
        scores[c.id] = (s.steps[k]! * c.max) / 4;
      });
      sheets.push({ entryId: id, judgeId, status, scores });
    }
  });
  const aggregation: JudgingExportV1['competition']['aggregation'] = {
    method: raw.method as 'mean',
    normalization: raw.normalization as 'none',
  };
  if (raw.trim !== undefined) aggregation.trim = raw.trim;
  if (raw.minSheets !== undefined) aggregation.minSheets = raw.minSheets;
  return {
    format: 'judging-export/v1',
    competition: {
      id: 'prop',
      rubric: { criteria },
      aggregation,
      ranking: { scope: raw.scope as 'overall' },
      tracks,
      awards,
    },
    entries,
    sheets,
  };
}

/** A random valid export (format v1). */
export const anExport = rawExport.map(build);
