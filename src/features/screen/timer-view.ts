// What the big screen's countdown shows, from a StageTimer and the server's
// time now; the arithmetic is the domain's (the stage control and the phones
// use the same), this only words it for the wall.
import type { StageTimer } from '@/domain/model/stage';
import { LAST_MINUTE_MS, timeLeft } from '@/domain/roadshow/timer';

export interface TimerView {
  /** mm:ss, rounded up: 08:00 at the start, 00:00 only once time is up. */
  text: string;
  state: 'ready' | 'running' | 'paused' | 'over';
  /** Sixty seconds or less left (and not yet up): highlighted. */
  lastMinute: boolean;
}

export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

export function timerView(timer: StageTimer, serverNow: number): TimerView {
  const left = timeLeft(timer, serverNow);
  const state = left <= 0 ? 'over' : timer.startedAt !== null ? 'running' : timer.elapsedMs > 0 ? 'paused' : 'ready';
  return { text: formatClock(left), state, lastMinute: left > 0 && left <= LAST_MINUTE_MS };
}
