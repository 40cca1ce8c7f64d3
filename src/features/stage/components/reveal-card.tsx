import { useTranslation } from 'react-i18next';
import type { Reveal } from '@/domain/model';
import styles from './stage.module.css';

/** A team's revealed scores as the big screen shows them: each judge's total, the struck ones, the final score. */
export function RevealCard({ reveal }: { reveal: Reveal }) {
  const { t } = useTranslation();
  return (
    <div className={styles.reveal} data-testid="stage-reveal">
      <ol className={styles.revealSheets}>
        {reveal.sheets.map((s) => {
          const label = s.name ?? t('stage.reveal.judge', { n: s.judgeNumber });
          return (
            <li key={s.judgeNumber} className={s.struck ? styles.struck : undefined}>
              <span>{label}</span>
              <span className={styles.revealTotal}>{s.struck ? <s>{s.total}</s> : s.total}</span>
              {s.struck && <span className={styles.struckNote}>{t(`stage.reveal.struck.${s.struck}`)}</span>}
            </li>
          );
        })}
      </ol>
      <p className={styles.revealScore}>
        <span>{t('stage.reveal.score')}</span>
        <strong data-testid="stage-reveal-score">{reveal.score}</strong>
      </p>
      {reveal.missing > 0 && (
        <p className={styles.revealMissing}>{t('stage.reveal.missing', { count: reveal.missing })}</p>
      )}
    </div>
  );
}
