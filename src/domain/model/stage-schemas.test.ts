// @vitest-environment node
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { documentSchemas } from './doc-schemas';

// A "timestamp" is a { ms } box here, as each SDK's Timestamp would be.
const timestamp = z.object({ ms: z.number() }).transform((t) => t.ms);
const { stage, reveal, screenFeed, stageScreen } = documentSchemas(timestamp);

const team = { entryId: 'e1', code: 'E-001', title: '智能温室' };
const storedStage = {
  roundId: 'final',
  order: ['e1', 'e2'],
  absent: [],
  draw: { seed: 4294967295, from: ['e1', 'e2'], order: ['e2', 'e1'], at: { ms: 3 }, by: 'o1' },
  phase: 'on-stage',
  current: team,
  timer: { segment: 'pitch', durationMs: 480000, elapsedMs: 1000, startedAt: { ms: 7 } },
  revealed: [],
  showJudgeNames: false,
  timing: { pitchSeconds: 480, qaSeconds: 300 },
  revision: 4,
  updatedAt: { ms: 9 },
};
const storedReveal = {
  roundId: 'final',
  entryId: 'e1',
  code: 'E-001',
  title: '智能温室',
  sheets: [{ judgeNumber: 1, name: null, total: '80.00', struck: 'low' }],
  score: '80.00',
  method: 'trimmed-mean',
  missing: 0,
  revealedAt: { ms: 11 },
  revealedBy: 'o1',
};

describe('roadshow document schemas', () => {
  it('read a stage with its times as epoch ms', () => {
    const s = stage.parse(storedStage);
    expect(s.draw?.at).toBe(3);
    expect(s.timer?.startedAt).toBe(7);
    expect(s.updatedAt).toBe(9);
    expect(stage.parse({ ...storedStage, draw: null, timer: null, current: null, phase: 'idle' }).phase).toBe('idle');
  });
  it('refuse a stage of an unknown phase, a seed beyond 32 bits or a fractional duration', () => {
    expect(stage.safeParse({ ...storedStage, phase: 'party' }).success).toBe(false);
    expect(stage.safeParse({ ...storedStage, draw: { ...storedStage.draw, seed: 2 ** 32 } }).success).toBe(false);
    expect(stage.safeParse({ ...storedStage, timer: { ...storedStage.timer, durationMs: 1.5 } }).success).toBe(false);
  });
  it('read a reveal and a screen feed that carries it', () => {
    expect(reveal.parse(storedReveal).revealedAt).toBe(11);
    const feed = screenFeed.parse({
      competitionId: 'c1',
      roundId: 'final',
      title: '大赛',
      titleEn: 'Contest',
      roundName: '决赛',
      roundNameEn: 'Final',
      phase: 'revealed',
      current: team,
      timer: null,
      reveal: storedReveal,
      leaderboard: [{ rank: 1, code: 'E-001', title: '智能温室', score: '80.00' }],
      updatedAt: { ms: 12 },
    });
    expect(feed.reveal?.revealedAt).toBe(11);
    expect(
      reveal.safeParse({ ...storedReveal, sheets: [{ ...storedReveal.sheets[0], struck: 'middle' }] }).success,
    ).toBe(false);
  });
  it('take only a 32-character base64url screen token', () => {
    expect(stageScreen.safeParse({ token: 'A'.repeat(32), createdAt: { ms: 1 } }).success).toBe(true);
    expect(stageScreen.safeParse({ token: 'A/'.repeat(16), createdAt: { ms: 1 } }).success).toBe(false);
  });
});
