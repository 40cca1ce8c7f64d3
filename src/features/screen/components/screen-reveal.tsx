import type { CSSProperties } from 'react';
import type { Reveal } from '@/domain/model/stage';
import { useScreenT } from './screen-language';
import styles from './screen.module.css';

/** At most this many judges side by side; more wrap into balanced rows. */
const MAX_PER_ROW = 6;

function layout(count: number): CSSProperties {
  const rows = Math.max(1, Math.ceil(count / MAX_PER_ROW));
  return { '--cols': Math.max(1, Math.ceil(count / rows)), '--rows': rows } as CSSProperties;
}

/**
 * The reveal (现场亮分): every judge's total, the highest and the lowest
 * struck out (a line through, dimmed, and said in words for screen
 * readers), then the final score, exactly as the results engine stated them.
 * They appear one after another, gently (none of it with reduced motion).
 */
export function ScreenReveal({ reveal }: { reveal: Reveal }) {
  const { t } = useScreenT();
  const trimmed = reveal.sheets.some((s) => s.struck !== null);
  const scoreDelay = { '--delay': `${reveal.sheets.length * 150 + 300}ms` } as CSSProperties;
  return (
    <section className={styles.reveal} data-testid="screen-reveal" aria-labelledby="screen-reveal-heading">
      <h3 id="screen-reveal-heading" className="visually-hidden">
        {t('screen.judgeScores')}
      </h3>
      <ol className={styles.judges} style={layout(reveal.sheets.length)}>
        {reveal.sheets.map((sheet, i) => (
          <li
            key={sheet.judgeNumber}
            className={[styles.judge, sheet.struck ? styles.judgeStruck : ''].join(' ')}
            style={{ '--delay': `${i * 150}ms` } as CSSProperties}
            data-testid="screen-judge-row"
            data-struck={sheet.struck ?? 'none'}
          >
            <span className={styles.judgeName}>{sheet.name ?? t('screen.judge', { number: sheet.judgeNumber })}</span>
            {sheet.struck ? (
              <s className={styles.judgeTotal}>{sheet.total}</s>
            ) : (
              <span className={styles.judgeTotal}>{sheet.total}</span>
            )}
            {sheet.struck && <span className="visually-hidden">{t(`screen.struck.${sheet.struck}`)}</span>}
          </li>
        ))}
      </ol>
      <div className={styles.final} style={scoreDelay}>
        <p className={styles.finalLabel}>{t('screen.finalScore')}</p>
        <p className={styles.finalScore} data-testid="screen-score">
          {reveal.score}
        </p>
        {trimmed && <p className={styles.note}>{t('screen.trimmedNote')}</p>}
        {reveal.missing > 0 && (
          <p className={styles.note} data-testid="screen-missing">
            {t('screen.missing', { count: reveal.missing })}
          </p>
        )}
      </div>
    </section>
  );
}
