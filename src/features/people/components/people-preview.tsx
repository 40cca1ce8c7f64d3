import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { CheckedRow } from '../lib/parse-people';
import styles from './people.module.css';

/** The rows as read, each with its problems (translated) or "ready", before anything is sent. */
export function PeoplePreview({ rows }: { rows: readonly CheckedRow[] }) {
  const { t } = useTranslation();
  const bad = rows.filter((r) => r.problems.length > 0).length;
  return (
    <section className={styles.preview} aria-label={t('people.invite.preview')}>
      <h3 className={styles.subheading}>{t('people.invite.preview')}</h3>
      <p className={styles.hint} aria-live="polite">
        {t('people.invite.previewCount', { total: rows.length, ok: rows.length - bad, bad })}
      </p>
      <ol className={styles.rows} data-testid="people-preview">
        {rows.map((row) => (
          <li key={row.line} className={styles.row} data-problem={row.problems.length > 0 || undefined}>
            <span className={styles.lineNo}>{row.line}</span>
            <span className={styles.person}>
              <span className={styles.name}>{row.name || t('people.invite.noName')}</span>
              <span className={styles.email}>{row.email || '—'}</span>
            </span>
            {row.problems.length === 0 ? (
              <Badge tone="success">{t('people.invite.ok')}</Badge>
            ) : (
              <span className={styles.problems}>
                {row.problems.map((p) => (
                  <span key={`${p.field}:${p.message}`} className={styles.problem}>
                    {t('people.invite.lineProblem', {
                      line: row.line,
                      field: t(p.field === 'name' ? 'people.invite.name' : 'people.invite.email'),
                      message: t(p.message as never),
                    })}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
