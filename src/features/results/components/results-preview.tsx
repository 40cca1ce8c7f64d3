import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoundParam } from '@/lib/use-round-param';
import { usePreviewData } from '../hooks/use-preview-data';
import { LiveStatus } from './live-status';
import { PreviewBody } from './preview-body';
import { RoundSelect } from '@/components/ui/round-select';
import { SaveComputation } from './save-computation';
import styles from './results-preview.module.css';

/**
 * The organizer's live results preview: a round's results computed in the
 * browser by the one results engine from the sheets as they are now, and
 * again each time a sheet changes (the sheets are listened to), with
 * each entry's breakdown and the judges' statistics; and the button that
 * has the server compute and store them.
 */
export function ResultsPreview({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [round, pickRound] = useRoundParam(competition);
  const roundId = round?.id ?? null;
  const data = usePreviewData(competition.id, roundId);

  return (
    <div className={styles.page} data-testid="results-preview">
      <OrganizerPageHeader
        competition={competition}
        title={t('results.title')}
        backLabel={t('results.backToOverview')}
      />
      {roundId === null ? (
        <Card>
          <p>{t('results.noRounds')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.save}>
              <p className={styles.muted}>{t('results.intro')}</p>
              <div className={styles.toolbar}>
                <RoundSelect
                  label={t('results.round')}
                  rounds={competition.rounds}
                  value={roundId}
                  onChange={pickRound}
                />
                <Button variant="secondary" pending={data.status === 'loading'} onClick={data.retry}>
                  {t('results.refresh')}
                </Button>
              </div>
              <LiveStatus receivedAt={data.receivedAt} className={styles.muted} />
              <SaveComputation competitionId={competition.id} roundId={roundId} />
            </div>
          </Card>
          {data.status === 'loading' && (
            <Card>
              <Skeleton lines={6} />
            </Card>
          )}
          {data.status === 'error' && <ErrorState error={data.error} onRetry={data.retry} />}
          {data.status === 'success' && <PreviewBody key={roundId} data={data.data} roundId={roundId} />}
        </>
      )}
    </div>
  );
}
