// A small competition for the preview's tests (imported by tests only).
import type { Competition, Entry, ScoreSheet, SheetStatus } from '@/domain/model';
import { demoCompetition, demoCriterion, demoEntry } from '@/lib/test/render';
import type { PreviewData } from '../api/preview-data';

/**
 * Sheet total T = 4·tech + 3·market + 3·team (weights 40/30/30, max 10), so:
 * - growth: E-001 has four sheets 90/80/100/70 → trimmed mean drops j3 (100)
 *   and j4 (70): 85.00, first prize. E-002 (9,6,6) and E-003 (6,8,8) both
 *   score 72.00; E-002 is second on the mean of tech (9 vs 6), second prize.
 *   E-007 has two sheets: not ranked (minSheets 3).
 * - startup: E-005 and E-006 are equal in everything: tied first, both first prize.
 */
export const fixtureCompetition = (overrides: Partial<Competition> = {}): Competition =>
  demoCompetition({
    id: 'demo',
    // Tracks and rounds as in demoCompetition: growth/startup, online (open)/final.
    rounds: [
      {
        id: 'online',
        name: '网络评审',
        nameEn: 'Online review',
        kind: 'online',
        status: 'open',
        opensAt: null,
        closesAt: null,
        judgesPerEntry: 5,
        rubric: {
          criteria: [
            demoCriterion({ id: 'tech', name: '技术与创新', nameEn: 'Technology & innovation', weight: 40, max: 10 }),
            demoCriterion({ id: 'market', name: '市场前景', nameEn: 'Market', weight: 30, max: 10 }),
            demoCriterion({ id: 'team', name: '团队', nameEn: 'Team', weight: 30, max: 10 }),
          ],
        },
      },
      {
        id: 'final',
        name: '决赛路演',
        nameEn: 'Final roadshow',
        kind: 'roadshow',
        status: 'pending',
        opensAt: null,
        closesAt: null,
        judgesPerEntry: null,
        rubric: { criteria: [] },
      },
    ],
    roundCriterionIds: { online: ['tech', 'market', 'team'], final: [] },
    aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
    ranking: { scope: 'track' },
    awards: [
      { id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'growth' },
      { id: 'second', label: '二等奖', labelEn: 'Second prize', count: 1, track: 'growth' },
      { id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'startup' },
    ],
    ...overrides,
  });

export const entry = (n: number, trackId: string, title: string): Entry =>
  demoEntry({
    id: `e${n}`,
    code: `E-${String(n).padStart(3, '0')}`,
    trackId,
    title,
    status: 'submitted',
    submittedAt: 0,
  });

export const sheet = (
  entryId: string,
  judgeUid: string,
  [tech, market, team]: [number, number, number],
  status: SheetStatus = 'submitted',
  roundId = 'online',
): ScoreSheet => ({
  id: `${roundId}__${judgeUid}__${entryId}`,
  roundId,
  judgeUid,
  entryId,
  status,
  scores: { tech, market, team },
  comments: {},
  comment: '',
  revision: 1,
  updatedAt: 0,
  submittedAt: status === 'submitted' ? 0 : null,
  reopened: null,
});

export const fixtureData = (overrides: Partial<PreviewData> = {}): PreviewData => ({
  competition: fixtureCompetition(),
  entries: [
    entry(1, 'growth', '高原光伏储能'),
    entry(2, 'growth', '牦牛乳制品溯源'),
    entry(3, 'growth', '青稞精深加工'),
    entry(5, 'startup', '盐湖锂电回收'),
    entry(6, 'startup', '智慧牧场'),
    entry(7, 'growth', '藏药数字化'),
  ],
  sheets: [
    sheet('e1', 'j1', [9, 9, 9]),
    sheet('e1', 'j2', [8, 8, 8]),
    sheet('e1', 'j3', [10, 10, 10]),
    sheet('e1', 'j4', [7, 7, 7]),
    ...['j1', 'j2', 'j3'].flatMap((j) => [
      sheet('e2', j, [9, 6, 6]),
      sheet('e3', j, [6, 8, 8]),
      sheet('e5', j, [8, 8, 8]),
      sheet('e6', j, [8, 8, 8]),
    ]),
    sheet('e7', 'j1', [5, 5, 5]),
    sheet('e7', 'j2', [6, 6, 6]),
    sheet('e7', 'j3', [6, 6, 6], 'draft'),
  ],
  judges: [],
  judgeNames: { j1: '王评委' },
  judgePseudonyms: {},
  ...overrides,
});
