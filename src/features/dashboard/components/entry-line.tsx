import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { LabelState } from '../hooks/use-dashboard-data';
import styles from './dashboard.module.css';

/** One listed entry: its code and title (read by id), linked to the organizer's entry page, and a fact about it. */
export function EntryLine({
  competitionId,
  entryId,
  label,
  fact,
}: {
  competitionId: string;
  entryId: string;
  label: LabelState;
  fact: string;
}) {
  const { t } = useTranslation();
  return (
    <li className={styles.entryLine} data-entry={entryId}>
      <Link className={styles.entryLink} to={paths.organizerEntry(competitionId, entryId)}>
        <span className={styles.entryCode}>{label.kind === 'loaded' ? label.label.code || entryId : entryId}</span>
        <span className={styles.entryTitle}>
          {label.kind === 'loaded' && label.label.title}
          {label.kind === 'loading' && <span className={styles.muted}>{t('dashboard.entry.loading')}</span>}
          {label.kind === 'gone' && <span className={styles.muted}>{t('dashboard.entry.gone')}</span>}
          {label.kind === 'failed' && <span className={styles.muted}>{t('dashboard.entry.failed')}</span>}
        </span>
      </Link>
      <span className={styles.entryFact}>{fact}</span>
    </li>
  );
}
