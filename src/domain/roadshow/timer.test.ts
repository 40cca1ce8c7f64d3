// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { StageTimer } from '../model';
import { freshTimer, inLastMinute, isRunning, overtimeMs, pauseTimer, resetTimer, startTimer, timeLeft } from './timer';

const timing = { pitchSeconds: 480, qaSeconds: 300 };

describe('timer arithmetic', () => {
  it('a fresh segment has its whole duration and does not run', () => {
    const t = freshTimer('qa', timing);
    expect(t).toEqual({ segment: 'qa', durationMs: 300_000, elapsedMs: 0, startedAt: null });
    expect(timeLeft(t, 1_000_000)).toBe(300_000);
    expect(isRunning(t)).toBe(false);
  });

  it('counts down while running and keeps the time run over a pause', () => {
    const started = startTimer(freshTimer('pitch', timing), 10_000);
    expect(timeLeft(started, 70_000)).toBe(420_000);
    const paused = pauseTimer(started, 70_000);
    expect(paused).toEqual({ segment: 'pitch', durationMs: 480_000, elapsedMs: 60_000, startedAt: null });
    // Paused: the clock moving on changes nothing.
    expect(timeLeft(paused, 999_999)).toBe(420_000);
    const again = startTimer(paused, 100_000);
    expect(timeLeft(again, 130_000)).toBe(390_000);
  });

  it('start on a running timer and pause on a paused one change nothing', () => {
    const running = startTimer(freshTimer('pitch', timing), 5);
    expect(startTimer(running, 50)).toBe(running);
    const paused = pauseTimer(running, 50);
    expect(pauseTimer(paused, 90)).toBe(paused);
  });

  it('stops at zero and says how far over it ran', () => {
    const t: StageTimer = { segment: 'qa', durationMs: 60_000, elapsedMs: 30_000, startedAt: 30_000 };
    expect(timeLeft(t, 45_000)).toBe(15_000);
    expect(overtimeMs(t, 45_000)).toBe(0);
    expect(timeLeft(t, 100_000)).toBe(0);
    expect(overtimeMs(t, 100_000)).toBe(40_000);
  });

  it('never counts backwards on a device whose clock is behind the start', () => {
    const t = startTimer(freshTimer('pitch', timing), 10_000);
    expect(timeLeft(t, 9_000)).toBe(480_000);
  });

  it('highlights the last minute, and reset goes back to the full duration', () => {
    const t = startTimer(freshTimer('pitch', timing), 0);
    expect(inLastMinute(t, 419_999)).toBe(false);
    expect(inLastMinute(t, 420_000)).toBe(true);
    expect(resetTimer(pauseTimer(t, 400_000))).toEqual(freshTimer('pitch', timing));
    expect(resetTimer(t).startedAt).toBeNull();
  });
});
