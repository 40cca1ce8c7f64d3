// @vitest-environment node
import { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROADSHOW_TIMING } from '@/domain/model/stage';
import { readReveal, readStage } from './stage-converters';

describe('stage converters', () => {
  it("reads a stage with the full SDK's Timestamps at any depth", () => {
    const stage = readStage(
      {
        order: ['e2', 'e1'],
        absent: ['e1'],
        draw: { seed: 42, from: ['e1', 'e2'], order: ['e2', 'e1'], at: Timestamp.fromMillis(5000), by: 'org' },
        phase: 'scoring',
        current: { entryId: 'e2', code: 'E-002', title: '项目' },
        timer: { segment: 'qa', durationMs: 300000, elapsedMs: 1000, startedAt: Timestamp.fromMillis(7000) },
        revealed: [],
        showJudgeNames: true,
        timing: { pitchSeconds: 420, qaSeconds: 180 },
        revision: 3,
        updatedAt: Timestamp.fromMillis(9000),
      },
      'final',
    );
    expect(stage.roundId).toBe('final');
    expect(stage.draw?.at).toBe(5000);
    expect(stage.timer).toEqual({ segment: 'qa', durationMs: 300000, elapsedMs: 1000, startedAt: 7000 });
    expect(stage.current?.code).toBe('E-002');
    expect(stage.updatedAt).toBe(9000);
    expect(stage.showJudgeNames).toBe(true);
  });

  it('reads a damaged stage leniently', () => {
    const stage = readStage({ phase: 'dancing', current: { code: 'x' }, timer: 'no', order: [1, 'e1'] }, 'r');
    expect(stage.phase).toBe('idle');
    expect(stage.current).toBeNull();
    expect(stage.timer).toBeNull();
    expect(stage.order).toEqual(['e1']);
    expect(stage.timing).toEqual(DEFAULT_ROADSHOW_TIMING);
    expect(stage.draw).toBeNull();
  });

  it('reads a reveal, taking the ids from the document id when missing', () => {
    const reveal = readReveal(
      {
        code: 'E-001',
        sheets: [
          { judgeNumber: 2, name: null, total: '81.50', struck: 'high' },
          { total: '70.00', struck: 'x' },
        ],
        score: '75.25',
        method: 'trimmed-mean',
        missing: 1,
        revealedAt: Timestamp.fromMillis(1234),
      },
      'final__e1',
    );
    expect(reveal.roundId).toBe('final');
    expect(reveal.entryId).toBe('e1');
    expect(reveal.sheets[0]).toEqual({ judgeNumber: 2, name: null, total: '81.50', struck: 'high' });
    expect(reveal.sheets[1]).toEqual({ judgeNumber: 2, name: null, total: '70.00', struck: null });
    expect(reveal.revealedAt).toBe(1234);
  });
});
