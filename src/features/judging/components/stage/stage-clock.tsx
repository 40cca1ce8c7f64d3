import { useTranslation } from 'react-i18next';
import type { StageTimer } from '@/domain/model';
import { inLastMinute, isRunning, timeLeft } from '@/domain/roadshow';
import { useTickingNow } from '../../hooks/use-ticking-now';
import styles from './stage-phone.module.css';

/** mm:ss, rounded up: 08:00 at the start, 00:00 only once time is up. */
const clock = (ms: number) => {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The stage's countdown, read-only: the judge sees how long the team has left. */
export function StageClock({ timer }: { timer: StageTimer }) {
  const { t } = useTranslation();
  const now = useTickingNow(isRunning(timer));
  const left = timeLeft(timer, now);
  const last = left > 0 && inLastMinute(timer, now);
  return (
    <p className={[styles.clock, last ? styles.clockLast : ''].filter(Boolean).join(' ')} data-testid="phone-clock">
      <span>{t(`roadshow.phone.segment.${timer.segment}`)}</span>
      <span className={styles.clockDigits} role="timer">
        {clock(left)}
      </span>
    </p>
  );
}
