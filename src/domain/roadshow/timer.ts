import type { RoadshowTiming, StageTimer, TimerSegment } from '../model';

/** The segment's duration in the round's timing, in milliseconds. */
export function segmentMs(timing: RoadshowTiming, segment: TimerSegment): number {
  return (segment === 'pitch' ? timing.pitchSeconds : timing.qaSeconds) * 1000;
}

/** A segment's countdown, full and not started. */
export function freshTimer(segment: TimerSegment, timing: RoadshowTiming): StageTimer {
  return { segment, durationMs: segmentMs(timing, segment), elapsedMs: 0, startedAt: null };
}

/** Time run so far at `now` (epoch ms), over every start and pause. */
export function elapsedMs(timer: StageTimer, now: number): number {
  // A device whose clock is behind the server's must not count backwards.
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.elapsedMs + running;
}

/**
 * Milliseconds left at `now` (epoch ms), never below 0: what the stage
 * control, the phones and the big screen show. Each device computes it from
 * the same stored timer, so they agree up to their clocks' offsets.
 */
export function timeLeft(timer: StageTimer, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

/** Milliseconds run past the end (0 while time is left): a screen may say the time is up. */
export function overtimeMs(timer: StageTimer, now: number): number {
  return Math.max(0, elapsedMs(timer, now) - timer.durationMs);
}

/** True while the timer counts down. */
export const isRunning = (timer: StageTimer | null): boolean => timer !== null && timer.startedAt !== null;

/** The last minute of a segment, which screens highlight. */
export const LAST_MINUTE_MS = 60_000;

export function inLastMinute(timer: StageTimer, now: number): boolean {
  return timeLeft(timer, now) <= LAST_MINUTE_MS;
}

/** Started at `now`; a running timer is returned as it is. */
export function startTimer(timer: StageTimer, now: number): StageTimer {
  return timer.startedAt !== null ? timer : { ...timer, startedAt: now };
}

/** Paused at `now`, keeping the time run; a paused timer is returned as it is. */
export function pauseTimer(timer: StageTimer, now: number): StageTimer {
  return timer.startedAt === null ? timer : { ...timer, elapsedMs: elapsedMs(timer, now), startedAt: null };
}

/** Back to the full duration, not running. */
export function resetTimer(timer: StageTimer): StageTimer {
  return { ...timer, elapsedMs: 0, startedAt: null };
}
