import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Stage, StageTimer, TimerSegment } from '@/domain/model';
import { freshTimer, inLastMinute, isRunning, timeLeft } from '@/domain/roadshow';
import { clockText } from '../clock-text';
import type { StageCall } from '../hooks/use-stage-call';
import { useNow } from '../hooks/use-now';
import styles from './stage.module.css';

const SEGMENTS: readonly TimerSegment[] = ['pitch', 'qa'];

/**
 * The pitch and question countdowns of the team on stage. Only one runs at a
 * time (starting the other replaces it); the one not in use shows its full
 * length. Counted here from the stored timer, as the phones and the big
 * screen count it.
 */
export function StageTimers({ stage, call }: { stage: Stage; call: StageCall }) {
  const { t } = useTranslation();
  const now = useNow(isRunning(stage.timer));
  const busy = call.pending !== null;

  return (
    <div className={styles.timers}>
      {SEGMENTS.map((segment) => {
        const timer: StageTimer = stage.timer?.segment === segment ? stage.timer : freshTimer(segment, stage.timing);
        const running = stage.timer?.segment === segment && isRunning(stage.timer);
        const left = timeLeft(timer, now);
        const last = left > 0 && inLastMinute(timer, now);
        const state = left <= 0 ? 'over' : running ? 'running' : timer.elapsedMs > 0 ? 'paused' : 'ready';
        const send = (command: 'start' | 'pause' | 'reset') => void call.run({ type: 'timer', segment, command });
        return (
          <div
            key={segment}
            className={[styles.timer, last ? styles.timerLast : '', state === 'over' ? styles.timerOver : '']
              .filter(Boolean)
              .join(' ')}
            data-testid={`timer-${segment}`}
            data-state={state}
          >
            <div className={styles.timerHead}>
              <span className={styles.timerName}>{t(`stage.timer.${segment}`)}</span>
              <span className={styles.timerState}>{t(`stage.timer.state.${state}`)}</span>
            </div>
            <p className={styles.timerDigits} role="timer" aria-label={t(`stage.timer.${segment}`)}>
              {clockText(left)}
            </p>
            <div className={styles.timerButtons}>
              {running ? (
                <Button variant="secondary" onClick={() => send('pause')} disabled={busy}>
                  {t('stage.timer.pause')}
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  onClick={() => send('start')}
                  disabled={busy || left <= 0}
                  data-testid={`timer-${segment}-start`}
                >
                  {timer.elapsedMs > 0 ? t('stage.timer.resume') : t('stage.timer.start')}
                </Button>
              )}
              <Button
                variant="ghost"
                onClick={() => send('reset')}
                disabled={busy || stage.timer?.segment !== segment || (timer.elapsedMs === 0 && !running)}
              >
                {t('stage.timer.reset')}
              </Button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
