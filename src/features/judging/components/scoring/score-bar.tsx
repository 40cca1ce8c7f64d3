import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './scoring.module.css';

interface ScoreBarProps {
  total: number;
  scored: number;
  count: number;
  status: ReactNode;
  action: ReactNode;
  actionRef?: Ref<HTMLDivElement>;
}

/** Kept at the bottom of the screen: the running total, whether it is saved, and submit within a thumb's reach. */
export function ScoreBar({ total, scored, count, status, action, actionRef }: ScoreBarProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.bar} data-testid="score-bar">
      <div className={styles.barTotal}>
        <span className={styles.muted}>{t('scoring.total.label')}</span>
        <strong className={styles.totalValue} data-testid="sheet-total">
          {t('scoring.total.value', { total: total.toFixed(2) })}
        </strong>
        <span className={styles.muted}>{t('scoring.total.scored', { count: scored, total: count })}</span>
      </div>
      <div className={styles.barStatus}>{status}</div>
      <div className={styles.barAction} ref={actionRef}>
        {action}
      </div>
    </div>
  );
}
