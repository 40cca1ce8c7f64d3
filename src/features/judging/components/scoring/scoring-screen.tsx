import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusPage } from '@/components/ui/status-page';
import type { Competition, Member } from '@/domain/model';
import { paths } from '@/lib/paths';
import { useSheetLive } from '../../hooks/use-sheet-live';
import { usePrimeOfflineAccess } from '../../hooks/use-sheet-prime-access';
import { ScoringSheet } from './scoring-sheet';
import styles from './scoring.module.css';

export interface ScoringScreenProps {
  competition: Competition;
  member: Member;
  roundId: string;
  entryId: string;
}

/** `/c/:cid/judge/rounds/:rid/entries/:eid`: one entry, its deck and the round's rubric to score it with. */
export function ScoringScreen({ competition, member, roundId, entryId }: ScoringScreenProps) {
  const { t } = useTranslation();
  const live = useSheetLive(competition.id, roundId, member.uid, entryId);
  usePrimeOfflineAccess(competition.id, member.uid);
  const round = competition.rounds.find((r) => r.id === roundId);
  const home = (
    <Link className={buttonClass('primary')} to={paths.roleHome(competition.id, 'judge')}>
      {t('scoring.backToList')}
    </Link>
  );

  if (!round)
    return <StatusPage title={t('scoring.notFound.title')} body={<p>{t('scoring.roundNotFound')}</p>} actions={home} />;
  switch (live.status) {
    case 'loading':
      return (
        <div className={styles.page} data-testid="sheet-loading">
          <Card>
            <Skeleton lines={8} />
          </Card>
        </div>
      );
    case 'not-found':
      return (
        <StatusPage
          testId="sheet-not-found"
          code="404"
          title={t('scoring.notFound.title')}
          body={<p>{t('scoring.notFound.body')}</p>}
          actions={home}
        />
      );
    case 'offline-empty':
      return <Alert tone="warning">{t('scoring.offlineEmpty')}</Alert>;
    case 'error':
      return <ErrorState error={live.error} onRetry={live.retry} />;
    case 'ready':
      return (
        <ScoringSheet
          key={`${roundId}/${entryId}`}
          competition={competition}
          judgeUid={member.uid}
          round={round}
          entry={live.entry}
          sheet={live.sheet}
          pendingWrites={live.pendingWrites}
          fromCache={live.fromCache}
        />
      );
  }
}
