import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, ConfidenceV1, EntryConfidence } from '@/domain/results';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { LoadMore } from '@/components/ui/load-more';
import { RESULTS_PAGE_SIZE, type PreviewGroup } from '../hooks/compute-preview';
import type { PreviewLabels } from '../hooks/use-labels';
import { ResultRowItem } from './result-row';
import { UnrankedList } from './unranked-list';
import styles from './results-preview.module.css';

interface RankingGroupProps {
  group: PreviewGroup;
  analysis: Analysis;
  labels: PreviewLabels;
  /** The round's award confidence once the worker has it, else null. */
  confidence: ConfidenceV1 | null;
}

/**
 * One ranking group (a track, or the overall ranking): its ranked entries 50
 * at a time (a group can hold thousands), then its unranked ones.
 */
export function RankingGroup({ group, analysis, labels, confidence }: RankingGroupProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(RESULTS_PAGE_SIZE);
  const [expanded, setExpanded] = useState<string | null>(null);
  const { ranked } = group;
  const visible = ranked.slice(0, shown);
  const rankAt = (i: number) => ranked[i]?.rank ?? null;
  const confidenceOf = useMemo(
    () => new Map<string, EntryConfidence>(confidence?.entries.map((c) => [c.entryId, c]) ?? []),
    [confidence],
  );

  return (
    <Card title={labels.track(group.track)} aside={<Badge>{t('results.groupCount', { count: ranked.length })}</Badge>}>
      {ranked.length === 0 ? (
        <p className={styles.muted}>{t('results.noRanked')}</p>
      ) : (
        <>
          <div className={styles.head} aria-hidden="true">
            <span>{t('results.columns.rank')}</span>
            <span>{t('results.columns.code')}</span>
            <span>{t('results.columns.title')}</span>
            <span className={styles.score}>{t('results.columns.score')}</span>
            <span className={styles.sheets}>{t('results.columns.sheets')}</span>
            <span>{t('results.columns.award')}</span>
          </div>
          <ol className={styles.list} aria-label={labels.track(group.track)}>
            {visible.map((row, i) => (
              <ResultRowItem
                key={row.entryId}
                row={row}
                tied={rankAt(i - 1) === row.rank || rankAt(i + 1) === row.rank}
                analysis={analysis}
                labels={labels}
                confidence={confidenceOf.get(row.entryId) ?? null}
                samples={confidence?.samples ?? 0}
                expanded={expanded === row.entryId}
                onToggle={() => setExpanded((id) => (id === row.entryId ? null : row.entryId))}
              />
            ))}
          </ol>
          {ranked.length > RESULTS_PAGE_SIZE && (
            <div className={styles.footer}>
              <p className={styles.muted}>{t('results.showing', { shown: visible.length, total: ranked.length })}</p>
              <LoadMore
                hasMore={shown < ranked.length}
                loading={false}
                error={null}
                onLoadMore={() => setShown((n) => n + RESULTS_PAGE_SIZE)}
              />
            </div>
          )}
        </>
      )}
      {group.unranked.length > 0 && (
        <UnrankedList rows={group.unranked} minSheets={analysis.config.minSheets} labels={labels} />
      )}
    </Card>
  );
}
