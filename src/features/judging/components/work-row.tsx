import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
import type { WorkRow as Row } from '../utils/work-rows';
import { StatusBadge } from './status-badge';
import styles from './judge-home.module.css';

interface WorkRowProps {
  competition: Competition;
  roundId: string;
  row: Row;
}

/**
 * One entry of the judge's list: the whole row opens its scoring screen (a
 * big tap target on a phone). An entry the judge may no longer read (after
 * a recusal it goes to another judge) is shown, but opens nothing.
 */
export function WorkRow({ competition, roundId, row }: WorkRowProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { entry } = row;
  const track = entry.kind === 'loaded' ? competition.tracks.find((tr) => tr.id === entry.entry.trackId) : undefined;

  const content = (
    <>
      <span className={styles.code}>
        {entry.kind === 'loaded' && entry.entry.code}
        {entry.kind === 'loading' && <span className={styles.codePlaceholder} aria-hidden="true" />}
        {/* The id is what an organizer can look up for an entry the judge cannot read. */}
        {(entry.kind === 'failed' || entry.kind === 'unavailable') && row.entryId}
      </span>
      <span className={styles.title}>
        {entry.kind === 'loaded' && entry.entry.title}
        {entry.kind === 'loading' && <span className={styles.pending}>{t('judging.row.loading')}</span>}
        {entry.kind === 'failed' && <span className={styles.pending}>{t('judging.row.failed')}</span>}
        {entry.kind === 'unavailable' && <span className={styles.pending}>{t('judging.row.unavailable')}</span>}
      </span>
      {track && (
        <span className={styles.track}>
          <span className="visually-hidden">{t('judging.filters.track')} </span>
          {pickLocalized(language, track.name, track.nameEn)}
        </span>
      )}
      <span className={styles.status}>
        <span className="visually-hidden">{t('judging.filters.status')} </span>
        <StatusBadge status={row.status} />
      </span>
      {row.reopened && row.status === 'draft' && (
        <span className={styles.reopened} data-testid="reopened-notice">
          {t('judging.row.reopened', { reason: row.reopened.reason })}
        </span>
      )}
    </>
  );

  return (
    <li data-testid="assignment-row" data-status={row.status}>
      {entry.kind === 'unavailable' ? (
        <div className={styles.row}>{content}</div>
      ) : (
        <Link
          className={[styles.row, styles.link].join(' ')}
          to={paths.judgeEntry(competition.id, roundId, row.entryId)}
        >
          {content}
          <span className={styles.chevron} aria-hidden="true">
            ›
          </span>
        </Link>
      )}
    </li>
  );
}
