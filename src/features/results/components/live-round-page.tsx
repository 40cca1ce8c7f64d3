import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { RoundSelect } from '@/components/ui/round-select';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoundParam } from '@/lib/use-round-param';
import type { PreviewData } from '../api/preview-data';
import { usePreviewData } from '../hooks/use-preview-data';
import { LiveStatus } from './live-status';
import styles from './live-round-page.module.css';

interface LiveRoundPageProps {
  competition: Competition;
  testId: string;
  title: string;
  intro: string;
  roundLabel: string;
  /** Below the round picker and the live status (e.g. storing the computation). */
  footer?: (roundId: string) => ReactNode;
  /** What the page shows of the round's live data; mounted afresh for each round. */
  Body: ComponentType<{ data: PreviewData; roundId: string }>;
}

/**
 * The frame of the organizer's pages computed live from a round's sheets
 * (the results preview, the fairness panel): the round picker kept in the
 * address, a refresh, when the sheets last arrived, and the loading, error
 * and computed states of the same data.
 */
export function LiveRoundPage({ competition, testId, title, intro, roundLabel, footer, Body }: LiveRoundPageProps) {
  const { t } = useTranslation();
  const [round, pickRound] = useRoundParam(competition);
  const roundId = round?.id ?? null;
  const data = usePreviewData(competition.id, roundId);

  return (
    <div className={styles.page} data-testid={testId}>
      <OrganizerPageHeader competition={competition} title={title} backLabel={t('results.backToOverview')} />
      {roundId === null ? (
        <Card>
          <p>{t('results.noRounds')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.stack}>
              <p className={styles.muted}>{intro}</p>
              <div className={styles.toolbar}>
                <RoundSelect label={roundLabel} rounds={competition.rounds} value={roundId} onChange={pickRound} />
                <Button variant="secondary" pending={data.status === 'loading'} onClick={data.retry}>
                  {t('results.refresh')}
                </Button>
              </div>
              <LiveStatus receivedAt={data.receivedAt} className={styles.muted} />
              {footer?.(roundId)}
            </div>
          </Card>
          {data.status === 'loading' && (
            <Card>
              <Skeleton lines={6} />
            </Card>
          )}
          {data.status === 'error' && <ErrorState error={data.error} onRetry={data.retry} />}
          {data.status === 'success' && <Body key={roundId} data={data.data} roundId={roundId} />}
        </>
      )}
    </div>
  );
}
