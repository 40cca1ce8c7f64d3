import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { RoundSelect } from '@/components/ui/round-select';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoundParam } from '@/lib/use-round-param';
import type { PublishOutcome } from '../api/publish-results';
import { usePublishData } from '../hooks/use-publish-data';
import { ComputationCard } from './computation-card';
import { DownloadsCard } from './downloads-card';
import { PublishForm } from './publish-form';
import { VersionsCard } from './versions-card';
import styles from './publication.module.css';

/**
 * `/c/:cid/organizer/publish`: a round's stored computation, publishing it
 * as the next version (with a public notice period, or as a correction with
 * a reason), the versions published so far with their public link and QR
 * code, and the downloads (export, judge key, results, certificates).
 */
export function PublishPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [round, pickRound] = useRoundParam(competition);
  const roundId = round?.id ?? null;
  // Read everything again after a publication (the versions and the "published as" state).
  const [revision, setRevision] = useState(0);
  const [outcome, setOutcome] = useState<{ roundId: string; value: PublishOutcome } | null>(null);
  const data = usePublishData(competition.id, roundId, revision);

  return (
    <div className={styles.page} data-testid="publish-page">
      <OrganizerPageHeader
        competition={competition}
        title={t('publication.title')}
        backLabel={t('publication.backToOverview')}
      />
      {roundId === null ? (
        <Card>
          <p>{t('publication.noRounds')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.stack}>
              <p className={styles.muted}>{t('publication.intro')}</p>
              {/* A flex item of its own: the picker's flex-basis is a width, not this column's height. */}
              <div>
                <RoundSelect
                  label={t('publication.round')}
                  rounds={competition.rounds}
                  value={roundId}
                  onChange={pickRound}
                />
              </div>
            </div>
          </Card>
          {data.status === 'loading' && (
            <Card>
              <Skeleton lines={6} />
            </Card>
          )}
          {data.status === 'error' && <ErrorState error={data.error} onRetry={data.retry} />}
          {data.status === 'success' && (
            <>
              <ComputationCard competition={competition} roundId={roundId} data={data.data} />
              <PublishForm
                key={`${roundId}:${revision}`}
                competition={competition}
                roundId={roundId}
                data={data.data}
                outcome={outcome && outcome.roundId === roundId ? outcome.value : null}
                onOutcome={(value) => {
                  setOutcome(value && { roundId, value });
                  if (value?.created) setRevision((n) => n + 1);
                }}
              />
              {data.data.computation && <DownloadsCard competition={competition} roundId={roundId} data={data.data} />}
            </>
          )}
          <VersionsCard key={revision} competition={competition} />
        </>
      )}
    </div>
  );
}
