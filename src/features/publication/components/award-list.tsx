import { useTranslation } from 'react-i18next';
import { scoreText, type ResultSection } from '@/domain/publication/exports';
import styles from './publication.module.css';

/** The award winners of a computation, group by group in rank order, as a list that reads on a phone. */
export function AwardList({ sections }: { sections: readonly ResultSection[] }) {
  const { t } = useTranslation();
  const groups = sections
    .map((s) => ({ ...s, rows: s.rows.filter((r) => r.rank !== null && r.award !== '') }))
    .filter((s) => s.rows.length > 0);
  if (groups.length === 0) return <p className={styles.muted}>{t('publication.computation.noAwards')}</p>;
  return (
    <div className={styles.stack} data-testid="award-list">
      {groups.map((group) => (
        <div key={group.trackId ?? ''}>
          {sections.length > 1 && <h4 className={styles.groupName}>{group.name}</h4>}
          <ol className={styles.awards}>
            {group.rows.map((row) => (
              <li key={row.code} className={styles.award}>
                <span className={styles.tier}>{row.award}</span>
                <span className={styles.code}>{row.code}</span>
                <span className={styles.entry}>
                  <span className={styles.entryTitle}>{row.title}</span>
                  {(row.team || row.organization) && (
                    <span className={styles.muted}>{[row.team, row.organization].filter(Boolean).join(' · ')}</span>
                  )}
                </span>
                <span className={styles.score} aria-label={t('publication.computation.columns.score')}>
                  {row.score === null ? '' : scoreText(row.score)}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
