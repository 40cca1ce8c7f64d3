import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import type { RoundWork } from '../api/judge-work';
import { useEntries } from '../hooks/use-entries';
import { useWorkFilter } from '../hooks/use-work-filter';
import { filterRows, pageOf, workEntryIds, workProgress, workRows, WORK_STATUSES } from '../utils/work-rows';
import { WorkFilters } from './work-filters';
import { WorkPager } from './work-pager';
import { WorkRow } from './work-row';
import styles from './judge-home.module.css';

export const WORK_PAGE_SIZE = 20;

interface WorkListProps {
  competition: Competition;
  round: Round;
  roundName: string;
  work: RoundWork;
}

/**
 * The judge's entries of a round, filtered, searched and paged on the
 * device: a judge has tens of entries, read once; the rows fill in as the
 * entries arrive.
 */
export function WorkList({ competition, round, roundName, work }: WorkListProps) {
  const { t } = useTranslation();
  const entries = useEntries(competition.id, workEntryIds(work));
  const rows = workRows(work, entries.stateOf);
  const { filter, page, setStatus, setTrack, setQuery, setPage, clear } = useWorkFilter(
    round.id,
    competition.tracks.map((tr) => tr.id),
  );
  const listTop = useRef<HTMLParagraphElement>(null);

  const progress = workProgress(rows);
  const counts = Object.fromEntries(WORK_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<
    (typeof WORK_STATUSES)[number],
    number
  >;
  const matching = filterRows(rows, filter);
  const shown = pageOf(matching, page, WORK_PAGE_SIZE);
  const filtered = filter.status !== 'all' || filter.track !== 'all' || filter.query.trim() !== '';
  const needsEntries = filter.track !== 'all' || filter.query.trim() !== '';
  const stillLoading = needsEntries ? rows.filter((r) => r.entry.kind === 'loading').length : 0;

  if (rows.length === 0) return <p className={styles.note}>{t('judging.empty')}</p>;

  const goTo = (next: number) => {
    setPage(next);
    // The new page starts where the list starts, not where the pager was.
    listTop.current?.scrollIntoView({ block: 'start' });
  };
  const from = (shown.page - 1) * WORK_PAGE_SIZE + 1;

  return (
    <div className={styles.round}>
      <Progress
        value={progress.submitted}
        max={progress.total}
        label={t('judging.progressLabel', { round: roundName })}
        text={t('judging.progress', progress)}
      />
      <WorkFilters
        filter={filter}
        counts={counts}
        tracks={competition.tracks}
        onStatus={setStatus}
        onTrack={setTrack}
        onQuery={setQuery}
      />
      {entries.failed > 0 && (
        <Alert tone="warning">
          <div className={styles.failed}>
            <span>{t('judging.loadFailed', { count: entries.failed })}</span>
            <Button variant="secondary" onClick={entries.retryFailed}>
              {t('common.retry')}
            </Button>
          </div>
        </Alert>
      )}
      <p ref={listTop} className={styles.note} aria-live="polite">
        {matching.length > WORK_PAGE_SIZE
          ? t('judging.range', { from, to: from + shown.items.length - 1, count: matching.length })
          : t('judging.count', { count: matching.length })}
        {stillLoading > 0 && <> {t('judging.stillLoading', { count: stillLoading })}</>}
      </p>
      {matching.length === 0 ? (
        <div className={styles.noMatch}>
          <p>{t('judging.noMatch')}</p>
          {filtered && (
            <Button variant="secondary" onClick={clear}>
              {t('judging.filters.clear')}
            </Button>
          )}
        </div>
      ) : (
        <ul className={styles.list} aria-label={t('judging.list', { round: roundName })}>
          {shown.items.map((row) => (
            <WorkRow key={row.entryId} competition={competition} roundId={round.id} row={row} />
          ))}
        </ul>
      )}
      <WorkPager page={shown.page} pageCount={shown.pageCount} onPage={goTo} />
    </div>
  );
}
