import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { numericCell, Table } from '@/components/ui/table';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatNumber } from '@/lib/format/date';
import { ENTRY_STATUSES } from '../api/dashboard-reads';
import { useEntryCounts } from '../hooks/use-dashboard-data';
import styles from './dashboard.module.css';

/** Entries per track and status: server-side counts, a handful of reads whatever the number of entries. */
export function EntryCountsCard({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const counts = useEntryCounts(competition, attempt);
  const n = (v: number) => formatNumber(v, language);

  let body;
  if (counts.status === 'loading') body = <Skeleton lines={3} />;
  else if (counts.status === 'error')
    body = <ErrorState error={counts.error} onRetry={() => setAttempt((a) => a + 1)} />;
  else {
    const byTrack = counts.value;
    const total = (status: (typeof ENTRY_STATUSES)[number]) =>
      Object.values(byTrack).reduce((sum, c) => sum + c[status], 0);
    // Statuses down, tracks across: a competition has two or three tracks,
    // so the table stays narrow enough for a phone.
    const showTotal = competition.tracks.length > 1;
    body = (
      <Table aria-label={t('dashboard.entries.caption')} data-testid="dashboard-entry-counts">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.entries.status')}</th>
            {competition.tracks.map((track) => (
              <th key={track.id} scope="col" className={[numericCell, styles.wrapHead].join(' ')}>
                {pickLocalized(language, track.name, track.nameEn)}
              </th>
            ))}
            {showTotal && (
              <th scope="col" className={numericCell}>
                {t('dashboard.entries.total')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {ENTRY_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row" className={styles.rowHead}>
                {t(`competition.entryStatus.${s}`)}
              </th>
              {competition.tracks.map((track) => (
                <td key={track.id} className={numericCell}>
                  {n(byTrack[track.id]?.[s] ?? 0)}
                </td>
              ))}
              {showTotal && <td className={numericCell}>{n(total(s))}</td>}
            </tr>
          ))}
        </tbody>
      </Table>
    );
  }
  return <Card title={t('dashboard.entries.title')}>{body}</Card>;
}
