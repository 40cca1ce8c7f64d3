// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextClockOffset, UNKNOWN_OFFSET } from './clock-offset';
import { pitchTimer, standings } from './screen-fixtures';
import { visibleStandings } from './standings-view';
import { formatClock, timerView } from './timer-view';

describe('timerView', () => {
  const T0 = 1_000_000;
  it('counts down from the last start, over pauses, rounding seconds up', () => {
    expect(timerView(pitchTimer(), T0)).toEqual({ text: '08:00', state: 'ready', lastMinute: false });
    expect(timerView(pitchTimer({ startedAt: T0 }), T0 + 1)).toEqual({
      text: '08:00',
      state: 'running',
      lastMinute: false,
    });
    expect(timerView(pitchTimer({ elapsedMs: 60_000, startedAt: T0 }), T0 + 360_500).text).toBe('01:00');
    expect(timerView(pitchTimer({ elapsedMs: 60_000, startedAt: T0 }), T0 + 360_500).lastMinute).toBe(true);
    expect(timerView(pitchTimer({ elapsedMs: 100_000 }), T0)).toEqual({
      text: '06:20',
      state: 'paused',
      lastMinute: false,
    });
    expect(timerView(pitchTimer({ startedAt: T0 }), T0 + 480_000)).toEqual({
      text: '00:00',
      state: 'over',
      lastMinute: false,
    });
    // A start stamped a little after this clock's now (clock offset) shows the full time, not more.
    expect(timerView(pitchTimer({ startedAt: T0 + 800 }), T0).text).toBe('08:00');
  });

  it('formats up to an hour', () => {
    expect(formatClock(3_600_000)).toBe('60:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(-5)).toBe('00:00');
  });
});

describe('nextClockOffset', () => {
  it('takes the smallest delay of changes pushed live, never the first server snapshot or cached ones', () => {
    let s = nextClockOffset(UNKNOWN_OFFSET, { updatedAt: 100, fromCache: true, receivedAt: 999_999 });
    expect(s.offsetMs).toBeNull();
    // First server answer: an old change, arriving now; not a sample.
    s = nextClockOffset(s, { updatedAt: 100, fromCache: false, receivedAt: 50_000 });
    expect(s.offsetMs).toBeNull();
    // A live change: this clock runs 2 s ahead (plus 40 ms on the way).
    s = nextClockOffset(s, { updatedAt: 60_000, fromCache: false, receivedAt: 62_040 });
    expect(s.offsetMs).toBe(2_040);
    s = nextClockOffset(s, { updatedAt: 70_000, fromCache: false, receivedAt: 72_010 });
    expect(s.offsetMs).toBe(2_010);
    // A metadata-only snapshot (same updatedAt) is not a sample.
    s = nextClockOffset(s, { updatedAt: 70_000, fromCache: false, receivedAt: 90_000 });
    expect(s.offsetMs).toBe(2_010);
    // Offline, then back: the catch-up snapshot carries an old change; not a sample.
    s = nextClockOffset(s, { updatedAt: 70_000, fromCache: true, receivedAt: 100_000 });
    s = nextClockOffset(s, { updatedAt: 80_000, fromCache: false, receivedAt: 300_000 });
    expect(s.offsetMs).toBe(2_010);
    s = nextClockOffset(s, { updatedAt: 400_000, fromCache: false, receivedAt: 401_000 });
    expect(s.offsetMs).toBe(1_000);
  });
});

describe('visibleStandings', () => {
  it('shows the top rows, and the revealed team below the cut in the last row', () => {
    expect(visibleStandings(standings, null, 10)).toEqual({ rows: standings, hidden: 0 });
    expect(visibleStandings(standings, null, 3)).toEqual({ rows: standings.slice(0, 3), hidden: 1 });
    expect(visibleStandings(standings, 'E-021', 3)).toEqual({
      rows: [standings[0], standings[1], standings[3]],
      hidden: 1,
    });
    expect(visibleStandings(standings, 'E-003', 3)).toEqual({ rows: standings.slice(0, 3), hidden: 1 });
  });
});
