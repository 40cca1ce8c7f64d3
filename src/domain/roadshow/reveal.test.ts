// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Stage, StageTeam } from '../model';
import { computeResults } from '../results';
import { makeExport } from '../results/test-builders';
import { judgeNumbers } from './judge-numbers';
import { newStage } from './new-stage';
import { buildReveal, leaderboardOf } from './reveal';
import { buildScreenFeed } from './screen-feed';

const teams = new Map<string, StageTeam>([
  ['e1', { entryId: 'e1', code: 'E-001', title: '智能温室' }],
  ['e2', { entryId: 'e2', code: 'E-002', title: '光伏清洗' }],
]);
// One criterion, max 100, weight 1: a sheet's total is its score.
const criteria = [{ id: 'x', weight: 1, max: 100 }];
const sheet = (entryId: string, judgeId: string, x: number) =>
  ({ entryId, judgeId, status: 'submitted', scores: { x } }) as const;

function analysisOf(method: 'trimmed-mean' | 'mean' | 'median', sheets: ReturnType<typeof sheet>[], minSheets = 1) {
  const out = computeResults(
    makeExport({
      criteria,
      aggregation: { method, trim: 1, minSheets },
      entries: [
        { id: 'e1', title: 'a', status: 'submitted' },
        { id: 'e2', title: 'b', status: 'submitted' },
      ],
      sheets,
    }),
  );
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out;
}

const numbers = judgeNumbers(['u-c', 'u-a', 'u-e', 'u-b', 'u-d', 'u-a']);
const base = { roundId: 'final', numbers, names: null, missing: 0, now: 5_000, uid: 'org' };

describe('judgeNumbers', () => {
  it('numbers the round’s judges 1…N in uid order, once each', () => {
    expect([...numbers]).toEqual([
      ['u-a', 1],
      ['u-b', 2],
      ['u-c', 3],
      ['u-d', 4],
      ['u-e', 5],
    ]);
  });
});

describe('buildReveal', () => {
  it('states each total and strikes the highest and the lowest under the trimmed mean', () => {
    const { analysis } = analysisOf('trimmed-mean', [
      sheet('e1', 'u-a', 80),
      sheet('e1', 'u-b', 91.5),
      sheet('e1', 'u-c', 70),
      sheet('e1', 'u-d', 85),
      sheet('e1', 'u-e', 82.25),
    ]);
    const reveal = buildReveal({ ...base, team: teams.get('e1')!, analysis });
    expect(reveal).toEqual({
      roundId: 'final',
      entryId: 'e1',
      code: 'E-001',
      title: '智能温室',
      sheets: [
        { judgeNumber: 1, name: null, total: '80.00', struck: null },
        { judgeNumber: 2, name: null, total: '91.50', struck: 'high' },
        { judgeNumber: 3, name: null, total: '70.00', struck: 'low' },
        { judgeNumber: 4, name: null, total: '85.00', struck: null },
        { judgeNumber: 5, name: null, total: '82.25', struck: null },
      ],
      // (80 + 85 + 82.25) / 3 = 82.4166…
      score: '82.42',
      method: 'trimmed-mean',
      missing: 0,
      revealedAt: 5_000,
      revealedBy: 'org',
    });
  });

  it('strikes one of two equal extremes, the first judge’s low and the last one’s high, as the engine drops them', () => {
    const { analysis } = analysisOf('trimmed-mean', [
      sheet('e1', 'u-a', 70),
      sheet('e1', 'u-b', 70),
      sheet('e1', 'u-c', 90),
      sheet('e1', 'u-d', 90),
    ]);
    const reveal = buildReveal({ ...base, team: teams.get('e1')!, analysis })!;
    expect(reveal.sheets.map((s) => s.struck)).toEqual(['low', null, null, 'high']);
    expect(reveal.score).toBe('80.00');
    // The engine's own record of which sheets it left out.
    expect(analysis.byId.get('e1')!.used).toEqual([false, true, true, false]);
  });

  it('strikes nothing with the plain mean, or with too few sheets to trim', () => {
    const mean = analysisOf('mean', [sheet('e1', 'u-a', 60), sheet('e1', 'u-b', 70), sheet('e1', 'u-c', 95)]);
    expect(
      buildReveal({ ...base, team: teams.get('e1')!, analysis: mean.analysis })!.sheets.map((s) => s.struck),
    ).toEqual([null, null, null]);
    const two = analysisOf('trimmed-mean', [sheet('e1', 'u-a', 60), sheet('e1', 'u-b', 71)]);
    const r = buildReveal({ ...base, team: teams.get('e1')!, analysis: two.analysis })!;
    expect(r.sheets.every((s) => s.struck === null)).toBe(true);
    expect(r.score).toBe('65.50');
  });

  it('carries names only when the organizer shows them, and says how many were missing', () => {
    const { analysis } = analysisOf('mean', [sheet('e1', 'u-b', 60)]);
    const names = new Map([['u-b', '王评委']]);
    const r = buildReveal({ ...base, names, missing: 2, team: teams.get('e1')!, analysis })!;
    expect(r.sheets).toEqual([{ judgeNumber: 2, name: '王评委', total: '60.00', struck: null }]);
    expect(r.missing).toBe(2);
  });

  it('is null for an entry the engine did not rank', () => {
    const { analysis } = analysisOf('mean', [sheet('e1', 'u-a', 60)], 2);
    expect(buildReveal({ ...base, team: teams.get('e1')!, analysis })).toBeNull();
  });
});

describe('leaderboardOf and the screen feed', () => {
  const out = analysisOf('mean', [sheet('e1', 'u-a', 60), sheet('e2', 'u-a', 75.555)]);
  const board = leaderboardOf(out.results, teams);

  it('ranks the revealed entries as the engine does', () => {
    expect(board).toEqual([
      { rank: 1, code: 'E-002', title: '光伏清洗', score: '75.56' },
      { rank: 2, code: 'E-001', title: '智能温室', score: '60.00' },
    ]);
  });

  it('shows a reveal only while its team is the revealed one on stage', () => {
    const reveal = buildReveal({ ...base, team: teams.get('e2')!, analysis: out.analysis })!;
    const competition = { id: 'c', title: '大赛', titleEn: 'Contest' };
    const round = { id: 'final', name: '决赛路演', nameEn: 'Final roadshow' };
    const stage: Stage = {
      ...newStage('final', [...teams.values()], 1),
      phase: 'revealed',
      current: teams.get('e2')!,
      revealed: ['e1', 'e2'],
    };
    const feed = buildScreenFeed({ competition, round, stage, reveal, leaderboard: board, now: 9 });
    expect(feed).toMatchObject({
      competitionId: 'c',
      roundId: 'final',
      title: '大赛',
      roundNameEn: 'Final roadshow',
      phase: 'revealed',
      current: { code: 'E-002' },
      reveal: { score: '75.56' },
      leaderboard: board,
      updatedAt: 9,
    });
    const scoring = { ...stage, phase: 'scoring' as const, revealed: ['e1'] };
    expect(
      buildScreenFeed({ competition, round, stage: scoring, reveal, leaderboard: board, now: 9 }).reveal,
    ).toBeNull();
    const other = { ...stage, current: teams.get('e1')! };
    expect(buildScreenFeed({ competition, round, stage: other, reveal, leaderboard: board, now: 9 }).reveal).toBeNull();
  });
});
