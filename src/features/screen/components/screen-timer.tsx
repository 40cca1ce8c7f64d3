import type { StageTimer } from '@/domain/model/stage';
import { useServerNow } from '../hooks/use-server-now';
import { timerView } from '../timer-view';
import { useScreenT } from './screen-language';
import styles from './screen.module.css';

/**
 * The countdown in large digits. Highlighted in the last minute, red at
 * zero; the words beside it say the same for anyone who cannot tell colours.
 */
export function ScreenTimer({ timer, clockOffsetMs }: { timer: StageTimer; clockOffsetMs: number }) {
  const { t } = useScreenT();
  const now = useServerNow(clockOffsetMs, timer.startedAt !== null);
  const view = timerView(timer, now);
  const segment = t(`screen.segment.${timer.segment}`);
  const status = view.lastMinute ? t('screen.timer.lastMinute') : t(`screen.timer.${view.state}`);
  const mood = view.state === 'over' ? styles.timerOver : view.lastMinute ? styles.timerLastMinute : '';
  return (
    <section
      className={[styles.timer, mood].join(' ')}
      data-testid="screen-timer"
      data-state={view.state}
      data-last-minute={view.lastMinute}
    >
      <p className={styles.timerLabel}>{t('screen.timer.label', { segment })}</p>
      <p className={styles.timerDigits}>{view.text}</p>
      <p className={styles.timerStatus}>
        {view.state === 'paused' && view.lastMinute ? `${status} · ${t('screen.timer.paused')}` : status}
      </p>
    </section>
  );
}
