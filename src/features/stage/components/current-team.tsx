import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Reveal, SheetStatus, Stage } from '@/domain/model';
import { nextEntry } from '@/domain/roadshow';
import type { Live } from '@/lib/async/use-live';
import type { StageCall } from '../hooks/use-stage-call';
import { JudgeStatus, type JudgeLine } from './judge-status';
import { RevealCard } from './reveal-card';
import { StageTimers } from './stage-timers';
import styles from './stage.module.css';

interface CurrentTeamProps {
  stage: Stage;
  call: StageCall;
  /** The team's judges (the round's assignments), in judge-number order. */
  judges: JudgeLine[];
  statuses: Live<Map<string, SheetStatus>>;
  onRetryStatuses: () => void;
  reveal: Reveal | null;
  /** The round's minimum of submitted sheets for a score (at least 1). */
  minimum: number;
  roundOpen: boolean;
}

const PHASE_TONE = { idle: 'neutral', 'on-stage': 'primary', scoring: 'warning', revealed: 'success' } as const;

/** The team on stage: its timers, then open scoring, who has submitted, reveal, next team. */
export function CurrentTeam({
  stage,
  call,
  judges,
  statuses,
  onRetryStatuses,
  reveal,
  minimum,
  roundOpen,
}: CurrentTeamProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const team = stage.current;
  const following = nextEntry(stage);
  const busy = call.pending !== null;
  const submitted =
    statuses.status === 'live' ? judges.filter((j) => statuses.value.get(j.uid) === 'submitted').length : 0;
  const missing = judges.length - submitted;
  const next = (
    <Button
      onClick={() => void call.run({ type: 'next' })}
      pending={call.pending === 'next'}
      disabled={busy || following === null}
      data-testid="stage-next"
    >
      {team ? t('stage.actions.next') : t('stage.actions.first')}
    </Button>
  );

  return (
    <Card
      title={t('stage.current.title')}
      aside={<Badge tone={PHASE_TONE[stage.phase]}>{t(`stage.phase.${stage.phase}`)}</Badge>}
    >
      <div className={styles.current} data-testid="stage-current" data-phase={stage.phase}>
        {team ? (
          <p className={styles.team}>
            <span className={styles.teamCode}>{team.code}</span>
            <span className={styles.teamTitle} data-testid="stage-current-title">
              {team.title || t('stage.order.untitled')}
            </span>
          </p>
        ) : (
          <p className={styles.muted}>{following === null ? t('stage.current.done') : t('stage.current.none')}</p>
        )}

        {team && stage.phase !== 'revealed' && <StageTimers stage={stage} call={call} />}

        {stage.phase === 'on-stage' && (
          <>
            {!roundOpen && <Alert tone="warning">{t('stage.current.roundClosed')}</Alert>}
            <div className={styles.actions}>
              <Button
                onClick={() => void call.run({ type: 'openScoring' })}
                pending={call.pending === 'openScoring'}
                disabled={busy}
                data-testid="stage-open-scoring"
              >
                {t('stage.actions.openScoring')}
              </Button>
              <Button variant="secondary" onClick={() => void call.run({ type: 'next' })} disabled={busy}>
                {t('stage.actions.skip')}
              </Button>
            </div>
          </>
        )}

        {stage.phase === 'scoring' && (
          <>
            <JudgeStatus judges={judges} statuses={statuses} onRetry={onRetryStatuses} />
            {confirming ? (
              <Alert tone="warning">
                <p>{t('stage.reveal.confirm', { count: missing })}</p>
                <div className={styles.actions}>
                  <Button
                    onClick={() =>
                      void call.run({ type: 'reveal', allowMissing: true }).then(() => setConfirming(false))
                    }
                    pending={call.pending === 'reveal'}
                    disabled={busy}
                    data-testid="stage-reveal-anyway"
                  >
                    {t('stage.reveal.anyway')}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
                    {t('stage.reveal.wait')}
                  </Button>
                </div>
              </Alert>
            ) : (
              <div className={styles.actions}>
                <Button
                  onClick={() => void call.run({ type: 'reveal' })}
                  pending={call.pending === 'reveal'}
                  disabled={busy || statuses.status !== 'live' || missing > 0}
                  data-testid="stage-reveal"
                >
                  {t('stage.actions.reveal')}
                </Button>
                {missing > 0 && statuses.status === 'live' && (
                  <Button
                    variant="secondary"
                    onClick={() => setConfirming(true)}
                    disabled={busy || submitted < minimum}
                    data-testid="stage-reveal-without"
                  >
                    {t('stage.actions.revealWithout')}
                  </Button>
                )}
              </div>
            )}
            {missing > 0 && statuses.status === 'live' && submitted < minimum && (
              <p className={styles.muted}>{t('stage.reveal.belowMinimum', { submitted, minimum })}</p>
            )}
          </>
        )}

        {stage.phase === 'revealed' && reveal && <RevealCard reveal={reveal} />}
        {(stage.phase === 'revealed' || stage.phase === 'idle') && <div className={styles.actions}>{next}</div>}
      </div>
    </Card>
  );
}
