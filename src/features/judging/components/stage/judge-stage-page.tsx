import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusPage } from '@/components/ui/status-page';
import type { Competition } from '@/domain/model';
import { nextEntry } from '@/domain/roadshow';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useOnline } from '@/lib/async/use-online';
import { paths } from '@/lib/paths';
import { useFollowedStage } from '../../hooks/use-followed-stage';
import { usePrimeOfflineAccess } from '../../hooks/use-sheet-prime-access';
import { StageTeamView } from './stage-team';
import { StageWaiting } from './stage-waiting';
import styles from './stage-phone.module.css';

/**
 * `/c/:cid/judge/stage/:rid`: a judge's phone at a roadshow. Opened once (the
 * QR code on the stage control), it follows the stage by itself: waiting,
 * the team on stage, its rubric while scoring is open, submitted, the next
 * team. Offline it keeps showing the last state it heard and keeps the draft.
 */
export function JudgeStagePage({
  competition,
  uid,
  roundId,
}: {
  competition: Competition;
  uid: string;
  roundId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const online = useOnline();
  const followed = useFollowedStage(competition.id, roundId);
  usePrimeOfflineAccess(competition.id, uid);
  const round = competition.rounds.find((r) => r.id === roundId);

  if (!round || round.kind !== 'roadshow') {
    return (
      <StatusPage
        code="404"
        title={t('roadshow.notFound.title')}
        body={<p>{t('roadshow.notFound.body')}</p>}
        actions={
          <Link className={buttonClass('primary')} to={paths.roleHome(competition.id, 'judge')}>
            {t('roadshow.notFound.home')}
          </Link>
        }
      />
    );
  }
  const roundName = pickLocalized(language, round.name, round.nameEn);

  const offlineNote = online ? null : (
    <Alert tone="warning">
      <p data-testid="phone-offline">{t('roadshow.phone.offline')}</p>
    </Alert>
  );
  let body;
  if (followed.status === 'loading') {
    body = (
      <Card>
        <Skeleton lines={4} />
      </Card>
    );
  } else if (followed.status === 'error') {
    body = <ErrorState error={followed.error} onRetry={followed.retry} />;
  } else if (!followed.stage) {
    body = <StageWaiting roundName={roundName} state="not-started" offlineNote={offlineNote} />;
  } else if (!followed.stage.current) {
    const stage = followed.stage;
    const done = stage.revealed.length > 0 && nextEntry(stage) === null;
    body = (
      <StageWaiting
        roundName={roundName}
        state={done ? 'done' : stage.revealed.length > 0 ? 'between' : 'not-started'}
      />
    );
  } else {
    body = (
      // A new team starts its view afresh (its own sheet, its own listeners).
      <StageTeamView
        key={followed.stage.current.entryId}
        competition={competition}
        uid={uid}
        round={round}
        roundName={roundName}
        stage={followed.stage}
        team={followed.stage.current}
        offlineNote={offlineNote}
      />
    );
  }

  return (
    <div className={styles.phone} data-testid="judge-stage" data-online={online}>
      {followed.status !== 'live' && offlineNote}
      {body}
    </div>
  );
}
