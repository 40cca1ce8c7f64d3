import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { sheetId, type Competition, type Round, type Stage, type StageTeam } from '@/domain/model';
import { useSheetLive } from '../../hooks/use-sheet-live';
import { useSheetPendingSubmit } from '../../hooks/use-sheet-pending-submit';
import { DeckPanel } from '../scoring/deck-panel';
import { EntryView } from '../scoring/entry-view';
import { ScoringSheet } from '../scoring/scoring-sheet';
import { StageClock } from './stage-clock';
import { StageWaiting } from './stage-waiting';
import styles from './stage-phone.module.css';

interface StageTeamViewProps {
  competition: Competition;
  uid: string;
  round: Round;
  roundName: string;
  stage: Stage;
  team: StageTeam;
  /** Said above the page while the phone has no network (the sheet says it its own way). */
  offlineNote: ReactNode;
}

/**
 * The team on stage, on a judge's phone: its title, timer and deck while it
 * pitches; the round's rubric on the same offline-safe sheet as the review
 * round while scoring is open; then "submitted, waiting for the reveal".
 */
export function StageTeamView({ competition, uid, round, roundName, stage, team, offlineNote }: StageTeamViewProps) {
  const { t } = useTranslation();
  const live = useSheetLive(competition.id, round.id, uid, team.entryId);
  // Mounted for the whole slot, so a submit pressed offline is sent on reconnect whatever the phone shows then.
  const pending = useSheetPendingSubmit(competition.id, sheetId(round.id, uid, team.entryId));
  const header = (
    <>
      {offlineNote}
      <header className={styles.header}>
        <p className={styles.eyebrow}>{t('roadshow.phone.eyebrow', { round: roundName, code: team.code })}</p>
        <h1 className={styles.title}>{team.title || t('entry.untitled')}</h1>
      </header>
    </>
  );

  if (live.status === 'loading') {
    return (
      <div className={styles.page}>
        {header}
        <Card>
          <Skeleton lines={6} />
        </Card>
      </div>
    );
  }
  if (live.status === 'error') {
    return (
      <div className={styles.page}>
        {header}
        <ErrorState error={live.error} onRetry={live.retry} />
      </div>
    );
  }
  if (live.status === 'not-found' || live.status === 'offline-empty') {
    return (
      <div className={styles.page} data-testid="phone-not-yours">
        {header}
        <Alert tone="info">
          {live.status === 'not-found' ? t('roadshow.phone.notYours') : t('roadshow.phone.offlineEmpty')}
        </Alert>
      </div>
    );
  }

  const submitted = live.sheet?.status === 'submitted';
  if (stage.phase === 'revealed' && !pending.pending)
    return <StageWaiting roundName={roundName} state="revealed" offlineNote={offlineNote} />;
  if (submitted && !pending.pending) {
    return (
      <div className={styles.page} data-testid="phone-submitted">
        {header}
        <Alert tone="success">
          <p>{t('roadshow.phone.submitted')}</p>
        </Alert>
      </div>
    );
  }
  if (stage.phase === 'scoring' || pending.pending) {
    return (
      <div data-testid="phone-scoring">
        <ScoringSheet
          competition={competition}
          judgeUid={uid}
          round={round}
          entry={live.entry}
          sheet={live.sheet}
          pendingWrites={live.pendingWrites}
          fromCache={live.fromCache}
          stage={{ scoringOpen: stage.phase === 'scoring' }}
        />
      </div>
    );
  }

  // On stage, scoring not open yet: the pitch, its time and the deck.
  return (
    <div className={styles.page} data-testid="phone-on-stage">
      {header}
      {stage.timer && <StageClock timer={stage.timer} />}
      <Alert tone="info">{t('roadshow.phone.pitching')}</Alert>
      <DeckPanel deckPath={live.entry.deckPath} title={team.title} />
      <EntryView competition={competition} entry={live.entry} />
    </div>
  );
}
