import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { RoundSelect } from '@/components/ui/round-select';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoundParam } from '@/lib/use-round-param';
import { LiveStatus } from '../components/live-status';
import { usePreviewData } from '../hooks/use-preview-data';
import { FairnessBody } from './fairness-body';
import styles from './fairness.module.css';

/**
 * The fairness panel (`/c/:cid/organizer/fairness`): for one round, each
 * judge's statistics beside the panel's, their distributions, and the
 * entries where judges disagree, with re-review and reopening from there.
 * Computed live from the round's sheets by the one results engine, from the
 * same data as the results preview.
 */
export function FairnessPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [round, pickRound] = useRoundParam(competition);
  const roundId = round?.id ?? null;
  const data = usePreviewData(competition.id, roundId);

  return (
    <div className={styles.page} data-testid="fairness-page">
      <OrganizerPageHeader
        competition={competition}
        title={t('fairness.title')}
        backLabel={t('results.backToOverview')}
      />
      {roundId === null ? (
        <Card>
          <p>{t('results.noRounds')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.stack}>
              <p className={styles.muted}>{t('fairness.intro')}</p>
              <div className={styles.toolbar}>
                <RoundSelect
                  label={t('fairness.round')}
                  rounds={competition.rounds}
                  value={roundId}
                  onChange={pickRound}
                />
                <Button variant="secondary" pending={data.status === 'loading'} onClick={data.retry}>
                  {t('results.refresh')}
                </Button>
              </div>
              <LiveStatus receivedAt={data.receivedAt} className={styles.muted} />
            </div>
          </Card>
          {data.status === 'loading' && (
            <Card>
              <Skeleton lines={6} />
            </Card>
          )}
          {data.status === 'error' && <ErrorState error={data.error} onRetry={data.retry} />}
          {data.status === 'success' && <FairnessBody key={roundId} data={data.data} roundId={roundId} />}
        </>
      )}
    </div>
  );
}
