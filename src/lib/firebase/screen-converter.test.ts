// @vitest-environment node
import { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { readScreenFeed } from './screen-converter';

describe('readScreenFeed', () => {
  it('reads the feed with Timestamps of the full SDK at any depth', () => {
    const feed = readScreenFeed({
      competitionId: 'c1',
      roundId: 'final',
      title: '大赛',
      titleEn: 'Contest',
      roundName: '决赛路演',
      roundNameEn: 'Final',
      phase: 'revealed',
      current: { entryId: 'e7', code: 'E-007', title: '项目' },
      timer: { segment: 'qa', durationMs: 300_000, elapsedMs: 1000, startedAt: Timestamp.fromMillis(5000) },
      reveal: {
        roundId: 'final',
        entryId: 'e7',
        code: 'E-007',
        title: '项目',
        sheets: [{ judgeNumber: 2, name: null, total: '88.00', struck: 'high' }],
        score: '87.53',
        method: 'trimmed-mean',
        missing: 0,
        revealedAt: Timestamp.fromMillis(7000),
        revealedBy: 'u1',
      },
      leaderboard: [{ rank: 1, code: 'E-007', title: '项目', score: '87.53' }],
      updatedAt: Timestamp.fromMillis(9000),
    });
    expect(feed.timer).toEqual({ segment: 'qa', durationMs: 300_000, elapsedMs: 1000, startedAt: 5000 });
    expect(feed.reveal?.sheets).toEqual([{ judgeNumber: 2, name: null, total: '88.00', struck: 'high' }]);
    expect(feed.reveal?.revealedAt).toBe(7000);
    expect(feed.leaderboard).toEqual([{ rank: 1, code: 'E-007', title: '项目', score: '87.53' }]);
    expect(feed.updatedAt).toBe(9000);
  });

  it('is lenient: an odd document shows as an empty stage, not a crash', () => {
    const feed = readScreenFeed({ phase: 'dancing', current: 'x', leaderboard: [{ code: 'E-1' }, null], reveal: 3 });
    expect(feed.phase).toBe('idle');
    expect(feed.current).toBeNull();
    expect(feed.timer).toBeNull();
    expect(feed.reveal).toBeNull();
    expect(feed.leaderboard).toEqual([
      { rank: 1, code: 'E-1', title: '', score: '' },
      { rank: 2, code: '', title: '', score: '' },
    ]);
  });
});
