import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useLanguage } from '@/i18n/use-language';
import { formatNumber } from '@/lib/format/date';
import { SHORT_PAGE, useEntryLabels, useShortCount, useShortEntries } from '../hooks/use-dashboard-data';
import { EntryLine } from './entry-line';
import styles from './dashboard.module.css';

/**
 * Entries with fewer submitted sheets than the minimum: a live page of
 * their progress documents (SHORT_PAGE more per click), their number as a
 * server-side count, and each listed entry's code and title read by id.
 */
export function ShortEntriesCard({
  competitionId,
  roundId,
  asOf,
}: {
  competitionId: string;
  roundId: string;
  /** When the round's totals were counted (null: not yet known); a change counts the short entries again. */
  asOf: number | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [shown, setShown] = useState(SHORT_PAGE);
  const [attempt, setAttempt] = useState(0);
  const list = useShortEntries(competitionId, roundId, shown, attempt);
  const total = useShortCount(competitionId, roundId, asOf ?? 0, attempt);
  const entries = list.status === 'live' ? list.value : [];
  const labelOf = useEntryLabels(
    competitionId,
    entries.map((e) => e.entryId),
  );
  const count = total.status === 'live' ? total.value : null;
  const n = (v: number) => formatNumber(v, language);

  let body;
  if (list.status === 'error') body = <ErrorState error={list.error} onRetry={() => setAttempt((a) => a + 1)} />;
  else if (list.status === 'loading') body = <Skeleton lines={3} />;
  else if (entries.length === 0) body = <p className={styles.empty}>{t('dashboard.short.empty')}</p>;
  else {
    const more = count !== null ? count > entries.length : entries.length >= shown;
    body = (
      <>
        <p className={styles.note}>{t('dashboard.short.intro')}</p>
        <ul className={styles.entryList} data-testid="dashboard-short">
          {entries.map((e) => (
            <EntryLine
              key={e.entryId}
              competitionId={competitionId}
              entryId={e.entryId}
              label={labelOf(e.entryId)}
              fact={`${t('dashboard.short.row', { submitted: n(e.submitted), minimum: n(e.minimum) })} · ${t('dashboard.short.assigned', { assigned: n(e.assigned) })}`}
            />
          ))}
        </ul>
        {count !== null && count > 0 && (
          <p className={styles.note}>{t('dashboard.short.shown', { shown: n(entries.length), count: n(count) })}</p>
        )}
        {more && (
          <Button variant="secondary" onClick={() => setShown((s) => s + SHORT_PAGE)}>
            {t('dashboard.short.more')}
          </Button>
        )}
      </>
    );
  }
  return (
    <Card
      title={t('dashboard.short.title')}
      aside={count !== null && count > 0 ? <Badge tone="warning">{t('dashboard.short.count', { count })}</Badge> : null}
    >
      {body}
    </Card>
  );
}
