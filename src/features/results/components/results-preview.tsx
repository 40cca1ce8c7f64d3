import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
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
  const { language } = useLanguage();
  const [round, pickRound] = useRoundParam(competition);
  const roundId = round?.id ?? null;
  const data = usePreviewData(competition.id, roundId);

  return (
    <div className={styles.page} data-testid="results-preview">
      <PageHeader
        eyebrow={t('roles.organizer')}
        title={t('results.title')}
        meta={
          <>
            <span>{pickLocalized(language, competition.title, competition.titleEn)}</span>
            <Link to={paths.roleHome(competition.id, 'organizer')}>{t('results.backToOverview')}</Link>
          </>
        }
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
