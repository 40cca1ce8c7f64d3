// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  criterionIdsByRound,
  type Competition,
  type Criterion,
  type Entry,
  type Round,
  type ScoreSheet,
} from '../model';
import { buildExport } from './build-export';

const criterion = (id: string, weight: number, max: number) =>
  ({ id, name: id.toUpperCase(), nameEn: id, weight, max, step: 1 }) as Criterion;
const round = (id: string, criteria: Criterion[]) => ({ id, rubric: { criteria } }) as unknown as Round;
// Two rounds scoring different things: the online review and the roadshow.
const rounds = [
  round('r1', [criterion('a', 1, 10)]),
  round('r2', [criterion('pitch', 60, 100), criterion('qa', 40, 100)]),
];

const competition = {
  id: 'c1',
  title: '大赛',
  rounds,
  roundCriterionIds: criterionIdsByRound(rounds),
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

  it('takes the rubric of the round it exports, not another round’s', () => {
    expect(buildExport(competition, 'r1', entries, sheets).competition.rubric.criteria).toEqual([
      { id: 'a', weight: 1, max: 10, label: 'A' },
    ]);
    const final = buildExport(competition, 'r2', entries, sheets);
    expect(final.competition.rubric.criteria).toEqual([
      { id: 'pitch', weight: 60, max: 100, label: 'PITCH' },
      { id: 'qa', weight: 40, max: 100, label: 'QA' },
    ]);
    expect(final.sheets.map((s) => [s.entryId, s.judgeId])).toEqual([['e1', 'j5']]);
  });

  it('is the same file whatever order the documents come in', () => {
    const a = buildExport(competition, 'r1', entries, sheets);
    const b = buildExport(competition, 'r1', [...entries].reverse(), [...sheets].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
