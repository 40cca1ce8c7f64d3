// Screen feeds in each state of a roadshow, for the component tests (and
// the look of the page, test/e2e/screen.test.ts). Imported by tests only.
import type { Reveal, ScreenFeed, ScreenStanding, StageTimer } from '@/domain/model/stage';

export const FIXTURE_NOW = Date.parse('2026-11-28T14:05:00+08:00');

export const standings: ScreenStanding[] = [
  { rank: 1, code: 'E-012', title: '高原牦牛乳制品冷链溯源平台', score: '91.40' },
  { rank: 2, code: 'E-003', title: '青海湖生态旅游数字导览', score: '88.75' },
  { rank: 3, code: 'E-007', title: '盐湖锂资源绿色提取装备', score: '87.53' },
  { rank: 4, code: 'E-021', title: '藏毯非遗纹样设计数据库', score: '84.10' },
];

export const pitchTimer = (over: Partial<StageTimer> = {}): StageTimer => ({
  segment: 'pitch',
  durationMs: 8 * 60_000,
  elapsedMs: 0,
  startedAt: null,
  ...over,
});

export const revealOf = (over: Partial<Reveal> = {}): Reveal => ({
  roundId: 'final',
  entryId: 'e7',
  code: 'E-007',
  title: '盐湖锂资源绿色提取装备',
  sheets: [
    { judgeNumber: 1, name: null, total: '88.20', struck: null },
    { judgeNumber: 2, name: null, total: '93.50', struck: 'high' },
    { judgeNumber: 3, name: null, total: '86.40', struck: null },
    { judgeNumber: 4, name: null, total: '79.00', struck: 'low' },
    { judgeNumber: 5, name: null, total: '88.00', struck: null },
  ],
  score: '87.53',
  method: 'trimmed-mean',
  missing: 0,
  revealedAt: FIXTURE_NOW,
  revealedBy: 'u-organizer',
  ...over,
});

export const feedOf = (over: Partial<ScreenFeed> = {}): ScreenFeed => ({
  competitionId: 'xining-2021',
  roundId: 'final',
  title: '西宁首届“相约高新区”创新创业大赛',
  titleEn: 'Xining First "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
  roundName: '决赛路演',
  roundNameEn: 'Final roadshow',
  phase: 'on-stage',
  current: { entryId: 'e7', code: 'E-007', title: '盐湖锂资源绿色提取装备' },
  timer: pitchTimer(),
  reveal: null,
  leaderboard: [],
  updatedAt: FIXTURE_NOW,
  ...over,
});
