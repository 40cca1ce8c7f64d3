// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Competition, Entry, ScoreSheet } from '../model';
import { buildExport } from './build-export';

const competition = {
  id: 'c1',
  title: '大赛',
  rubric: { criteria: [{ id: 'a', name: 'A', nameEn: 'A', weight: 1, max: 10 }] },
  aggregation: { method: 'mean', trim: 0, normalization: 'none', minSheets: 1 },
  ranking: { scope: 'overall' },
  tracks: [{ id: 't', name: 'T', nameEn: 'T' }],
  awards: [],
} as unknown as Competition;

const entry = (id: string, status: Entry['status']) => ({ id, trackId: 't', title: id, status }) as Entry;
const sheet = (entryId: string, judgeUid: string, status: ScoreSheet['status'], roundId = 'r1') =>
  ({ roundId, entryId, judgeUid, status, scores: { a: 5 } }) as unknown as ScoreSheet;

describe('buildExport', () => {
  const entries = [
    entry('e3', 'withdrawn'),
    entry('e1', 'submitted'),
    entry('e2', 'draft'),
    entry('e4', 'disqualified'),
  ];
  const sheets = [
    sheet('e1', 'j2', 'submitted'),
    sheet('e1', 'j1', 'submitted'),
    sheet('e1', 'j3', 'draft'),
    sheet('e1', 'j4', 'recused'),
    sheet('e1', 'j5', 'submitted', 'r2'),
    sheet('e2', 'j1', 'submitted'),
    sheet('e3', 'j1', 'submitted'),
    sheet('e4', 'j1', 'submitted'),
  ];

  it('holds only what counts: listed entries and the round’s submitted sheets of submitted entries', () => {
    const out = buildExport(competition, 'r1', entries, sheets);
    expect(out.entries.map((e) => [e.id, e.status])).toEqual([
      ['e1', 'submitted'],
      ['e3', 'withdrawn'],
      ['e4', 'disqualified'],
    ]);
    expect(out.sheets.map((s) => [s.entryId, s.judgeId, s.status])).toEqual([
      ['e1', 'j1', 'submitted'],
      ['e1', 'j2', 'submitted'],
    ]);
  });

  it('is the same file whatever order the documents come in', () => {
    const a = buildExport(competition, 'r1', entries, sheets);
    const b = buildExport(competition, 'r1', [...entries].reverse(), [...sheets].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
