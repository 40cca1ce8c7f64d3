import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Progress } from '@/components/ui/progress';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatNumber } from '@/lib/format/date';
import { useEntryFilter } from '../hooks/use-entry-filter';
import { useEntryList } from '../hooks/use-entry-list';
import { useWideScreen } from '../hooks/use-wide-screen';
import { countByStatus, filterRows } from '../lib/entry-rows';
import { EntryCards } from './entry-cards';
import { EntryFilters } from './entry-filters';
import { EntryTable } from './entry-table';
import { ExportPanel } from './export-panel';
import { StatusCounts } from './status-counts';
import styles from './entry-admin.module.css';

/**
 * `/c/:cid/organizer/entries`: every entry with who the team is (organizers
 * only), counted by status, filtered, searched and exported. Everything is
 * read once (in pages, with progress) and filtered on the device.
 */
export function EntriesPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wide = useWideScreen();
  const list = useEntryList(competition.id);
  const { filter, setStatus, setTrack, setQuery, clear } = useEntryFilter(competition.tracks.map((tr) => tr.id));
  // Typing stays quick while 3,000 rows are filtered behind it.
  const deferredFilter = useDeferredValue(filter);
  const { rows } = list;
  const counts = useMemo(() => countByStatus(rows), [rows]);
  const matching = useMemo(
    () => filterRows(rows, deferredFilter),
    // The filter's fields, not its object (a new one each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, deferredFilter.status, deferredFilter.track, deferredFilter.query],
  );
  const tracks = useMemo(
    () => new Map(competition.tracks.map((tr) => [tr.id, pickLocalized(language, tr.name, tr.nameEn)])),
    [competition.tracks, language],
  );
  const trackName = (id: string) => tracks.get(id) ?? id;
  const filtered = filter.status !== 'all' || filter.track !== 'all' || filter.query.trim() !== '';
  const loaded = formatNumber(list.loaded, language);

  return (
    <div className={styles.page} data-testid="entry-admin">
      <PageHeader title={t('entryAdmin.title')} />
      {list.error !== null && <ErrorState error={list.error} onRetry={list.retry} />}
      {!list.done && list.error === null && (
        <Progress
          value={list.loaded}
          max={list.total ?? Math.max(list.loaded, 1)}
          label={t('entryAdmin.loading.label')}
          text={
            list.total === null
              ? t('entryAdmin.loading.progressUnknown', { loaded })
              : t('entryAdmin.loading.progress', { loaded, total: formatNumber(list.total, language) })
          }
        />
      )}
      {list.done && rows.length === 0 ? (
        <Card>
          <p>{t('entryAdmin.empty')}</p>
        </Card>
      ) : (
        <>
          <StatusCounts counts={counts} total={rows.length} current={filter.status} onStatus={setStatus} />
          {/* Above the list: below 3,000 rows it would be out of reach. */}
          <ExportPanel competition={competition} rows={matching} filtered={filtered} ready={list.done} />
          <Card>
            <div className={styles.page}>
              <EntryFilters
                filter={filter}
                counts={counts}
                total={rows.length}
                tracks={competition.tracks}
                onStatus={setStatus}
                onTrack={setTrack}
                onQuery={setQuery}
              />
              {!list.done && <Alert tone="info">{t('entryAdmin.loading.partial')}</Alert>}
              <div className={styles.resultLine}>
                <p className={styles.note} aria-live="polite" data-testid="entry-count">
                  {filtered
                    ? t('entryAdmin.matching', { count: matching.length, total: rows.length })
                    : t('entryAdmin.count', { count: rows.length })}
                </p>
                {filtered && (
                  <Button variant="ghost" onClick={clear}>
                    {t('entryAdmin.filters.clear')}
                  </Button>
                )}
              </div>
              {matching.length === 0 ? (
                list.done && <p className={styles.noMatch}>{t('entryAdmin.noMatch')}</p>
              ) : wide ? (
                <EntryTable cid={competition.id} rows={matching} trackName={trackName} />
              ) : (
                <EntryCards cid={competition.id} rows={matching} trackName={trackName} />
              )}
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
