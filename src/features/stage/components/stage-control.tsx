import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { Competition, Reveal, Round, SheetStatus, Stage } from '@/domain/model';
import { judgeNumbers } from '@/domain/roadshow';
import { useAsync } from '@/lib/async/use-async';
import { getRoundJudges, getTeamLabels } from '../api/stage-reads';
import {
  subscribeToReveals,
  subscribeToScreenToken,
  subscribeToSheetStatuses,
  subscribeToStage,
} from '../api/stage-live';
import { useLive } from '@/lib/async/use-live';
import { useStageCall } from '../hooks/use-stage-call';
import { CurrentTeam } from './current-team';
import { RunningOrder } from './running-order';
import { StageLinks } from './stage-links';
import { StageSettings } from './stage-settings';
import styles from './stage.module.css';

/**
 * One roadshow round's stage control. Everything shown comes from listeners
 * (the stage, the reveals, the team's sheets, the screen token), so a second
 * organizer's laptop, a reload or a dropped connection all end in the same
 * state; every button is one stageControl call.
 */
export function StageControl({ competition, round }: { competition: Competition; round: Round }) {
  const { t } = useTranslation();
  const cid = competition.id;
  const [attempt, setAttempt] = useState(0);
  const stage = useLive<Stage | null>(`${cid}/${round.id}/${attempt}`, (next, fail) =>
    subscribeToStage(cid, round.id, next, fail),
  );
  const reveals = useLive<Map<string, Reveal>>(`${cid}/${round.id}/${attempt}`, (next, fail) =>
    subscribeToReveals(cid, round.id, next, fail),
  );
  const screenToken = useLive<string | null>(`${cid}/${round.id}/${attempt}`, (next, fail) =>
    subscribeToScreenToken(cid, round.id, next, fail),
  );
  const call = useStageCall(cid, round.id);

  // The first visit creates the stage (the running order from the round's teams, in number order).
  const initialised = useRef(false);
  const missing = stage.status === 'live' && stage.value === null;
  useEffect(() => {
    if (!missing || initialised.current) return;
    initialised.current = true;
    void call.run({ type: 'init' });
  }, [missing, call]);

  const value = stage.status === 'live' ? stage.value : null;
  const orderKey = value ? [...value.order].sort().join(',') : null;
  const labels = useAsync(orderKey === null ? null : `${cid}/labels/${orderKey}`, () =>
    getTeamLabels(cid, value?.order ?? []),
  );
  const judges = useAsync(`${cid}/judges/${round.id}`, () => getRoundJudges(cid, round.id));
  const currentId = value?.phase === 'scoring' ? (value.current?.entryId ?? null) : null;
  const [statusAttempt, setStatusAttempt] = useState(0);
  const statuses = useLive<Map<string, SheetStatus>>(
    currentId ? `${cid}/${round.id}/${currentId}/${statusAttempt}` : null,
    (next, fail) => subscribeToSheetStatuses(cid, round.id, currentId ?? '', next, fail),
  );
  const onStage = value?.current?.entryId ?? null;
  // Numbered as the big screen numbers them (the round's judges by uid), so 评委 2 here is 评委 2 there.
  const numbers = judges.status === 'success' ? judgeNumbers([...judges.data.byEntry.values()].flat()) : null;
  const teamJudges =
    judges.status === 'success' && onStage && numbers
      ? (judges.data.byEntry.get(onStage) ?? [])
          .map((uid) => ({
            uid,
            name: judges.data.names.get(uid) ?? '',
            number: numbers.get(uid) ?? 0,
          }))
          .sort((a, b) => a.number - b.number)
      : [];

  if (stage.status === 'error') return <ErrorState error={stage.error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!value) {
    return (
      <Card>
        {call.error ? (
          <Alert tone="error">
            <p>{t(`stage.errors.${call.error.kind}`, call.error.params)}</p>
            <Button
              variant="secondary"
              onClick={() => {
                initialised.current = false;
                setAttempt((n) => n + 1);
              }}
            >
              {t('stage.retry')}
            </Button>
          </Alert>
        ) : (
          <>
            <p className={styles.muted}>{t('stage.preparing')}</p>
            <Skeleton lines={6} />
          </>
        )}
      </Card>
    );
  }

  const revealMap = reveals.status === 'live' ? reveals.value : new Map<string, Reveal>();
  const currentReveal = value.current ? (revealMap.get(value.current.entryId) ?? null) : null;

  return (
    <div className={styles.control} data-testid="stage-control" data-revision={value.revision}>
      {call.error && (
        <div className={styles.errorBar}>
          <Alert tone="error">
            <p data-testid="stage-error" data-reason={call.error.kind}>
              {t(`stage.errors.${call.error.kind}`, call.error.params)}
            </p>
            <Button variant="ghost" onClick={call.dismiss}>
              {t('stage.dismiss')}
            </Button>
          </Alert>
        </div>
      )}
      <div className={styles.main}>
        <CurrentTeam
          stage={value}
          call={call}
          judges={teamJudges}
          statuses={
            judges.status === 'error'
              ? { status: 'error', error: judges.error }
              : judges.status === 'loading'
                ? { status: 'loading' }
                : statuses
          }
          onRetryStatuses={() => {
            judges.retry();
            setStatusAttempt((n) => n + 1);
          }}
          reveal={currentReveal}
          minimum={Math.max(1, competition.aggregation.minSheets)}
          roundOpen={competition.openRoundIds.includes(round.id)}
        />
        <StageLinks
          competitionId={cid}
          roundId={round.id}
          screenToken={screenToken.status === 'live' ? screenToken.value : undefined}
          call={call}
        />
        <StageSettings key={`${value.timing.pitchSeconds}/${value.timing.qaSeconds}`} stage={value} call={call} />
      </div>
      <div className={styles.side}>
        {labels.status === 'error' ? (
          <ErrorState error={labels.error} onRetry={labels.retry} />
        ) : (
          <RunningOrder
            stage={value}
            labels={labels.status === 'success' ? labels.data : new Map()}
            reveals={revealMap}
            call={call}
          />
        )}
      </div>
    </div>
  );
}
