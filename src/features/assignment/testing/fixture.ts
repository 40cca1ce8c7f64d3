// Builders for the assignment page's tests (imported by tests only).
import type { AssignRoundResult } from '../api/assign-round';
import type { AssignmentSetup, EntrySummary, JudgeOption } from '../api/assignment-setup';

export const judge = (n: number, overrides: Partial<JudgeOption> = {}): JudgeOption => ({
  uid: `j${n}`,
  displayName: `评委${n}`,
  email: `judge${n}@demo.local`,
  organizations: [`单位${n}`],
  tags: [`专长${n}`],
  trackIds: [],
  ...overrides,
});

export const entrySummary = (n: number, trackId = 'growth'): EntrySummary => ({
  id: `e${n}`,
  code: `${trackId === 'growth' ? 'G' : 'S'}-${String(n).padStart(3, '0')}`,
  title: `项目${n}`,
  trackId,
  competing: true,
});

/** Three judges, two growth entries and one start-up entry, no stored plan. */
export const fixtureSetup = (overrides: Partial<AssignmentSetup> = {}): AssignmentSetup => ({
  judges: [judge(1), judge(2, { organizations: [], tags: [] }), judge(3)],
  entries: [entrySummary(1), entrySummary(2), entrySummary(3, 'startup'), { ...entrySummary(4), competing: false }],
  plan: null,
  ...overrides,
});

export const fixtureResult = (overrides: Partial<AssignRoundResult> = {}): AssignRoundResult => ({
  committed: false,
  loads: { j1: 3, j2: 2, j3: 1 },
  stats: { pairs: 6, minLoad: 1, maxLoad: 3, kept: 4, moved: 2, dropped: 0, tagMatches: 2 },
  added: [
    { judgeUid: 'j1', entryId: 'e3' },
    { judgeUid: 'j2', entryId: 'e1' },
  ],
  removed: [{ judgeUid: 'j3', entryId: 'e1' }],
  warnings: [],
  ...overrides,
});

/** An error as the Functions web SDK throws it. */
export const callableError = (code: string, details?: unknown) =>
  Object.assign(new Error(code), { code: `functions/${code}`, details });
