import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition, CompetitionStatus } from '@/domain/model';
import { adjacentStatuses, statusPath, type StatusRefusal } from '@/domain/settings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/i18n/use-language';
import { toSettingsError, type SettingsError } from '../../api/settings-error';
import { readRefusals, refusalOfStep, stepEffect } from './status-messages';
import styles from './status-stepper.module.css';

interface StatusStepperProps {
  competition: Competition;
  /** changeCompetitionStatus in the app, a fake in tests. */
  change: (to: CompetitionStatus) => Promise<unknown>;
  /** After a step: read the competition again. */
  onChanged: () => Promise<void> | void;
}

type Outcome =
  | { kind: 'changed'; status: CompetitionStatus }
  | { kind: 'refused'; to: CompetitionStatus; refusals: StatusRefusal[] }
  | { kind: 'failed'; error: SettingsError };

/**
 * Where the competition is in its life, and one step forward or back, each
 * confirmed after saying what it does. The function checks the step; its
 * reasons for refusing are listed in words with a link to fix each.
 */
export function StatusStepper({ competition, change, onChanged }: StatusStepperProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const path = statusPath(competition);
  const { next, previous } = adjacentStatuses(competition);
  const [asking, setAsking] = useState<{ to: CompetitionStatus; forward: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const label = (s: CompetitionStatus) => t(`competition.status.${s}`);

  const confirm = async () => {
    if (!asking) return;
    const { to } = asking;
    setPending(true);
    try {
      await change(to);
      setAsking(null);
      setOutcome({ kind: 'changed', status: to });
      await onChanged();
    } catch (error) {
      const refusal = toSettingsError(error);
      setAsking(null);
      setOutcome(
        refusal.kind === 'refused' && refusal.reason === 'status-refused'
          ? { kind: 'refused', to, refusals: readRefusals(refusal.details) }
          : { kind: 'failed', error: refusal },
      );
    } finally {
      setPending(false);
    }
  };

  const ask = (to: CompetitionStatus, forward: boolean) => {
    setOutcome(null);
    setAsking({ to, forward });
  };

  return (
    <Card title={t('setup.status.title')}>
      <div className={styles.stepper} data-testid="status-stepper">
        <ol className={styles.steps} aria-label={t('setup.status.stepsLabel')}>
          {path.map((s, i) => {
            const at = path.indexOf(competition.status);
            const state = s === competition.status ? 'current' : i < at ? 'done' : 'todo';
            return (
              <li
                key={s}
                className={`${styles.step} ${styles[state]}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className={styles.dot} aria-hidden="true">
                  {i + 1}
                </span>
                <span className={styles.stepLabel}>{label(s)}</span>
                {state === 'current' && <span className={styles.visuallyHidden}>{t('setup.status.current')}</span>}
              </li>
            );
          })}
        </ol>

        {!asking && (
          <div className={styles.actions}>
            {next && <Button onClick={() => ask(next, true)}>{t('setup.status.next', { status: label(next) })}</Button>}
            {previous && (
              <Button variant="secondary" onClick={() => ask(previous, false)}>
                {t('setup.status.previous', { status: label(previous) })}
              </Button>
            )}
          </div>
        )}

        {asking && (
          <div className={styles.confirm} role="group" aria-labelledby="status-confirm-title">
            <p id="status-confirm-title" className={styles.confirmTitle}>
              {t('setup.status.confirmTitle', { status: label(asking.to) })}
            </p>
            <p>{stepEffect(t, language, competition, competition.status, asking.to, asking.forward)}</p>
            <div className={styles.actions}>
              <Button pending={pending} onClick={() => void confirm()}>
                {pending ? t('setup.status.changing') : t('setup.status.confirm')}
              </Button>
              <Button variant="secondary" disabled={pending} onClick={() => setAsking(null)}>
                {t('setup.status.cancel')}
              </Button>
            </div>
          </div>
        )}

        {outcome?.kind === 'changed' && (
          <Alert tone="success">{t('setup.status.changed', { status: label(outcome.status) })}</Alert>
        )}
        {outcome?.kind === 'refused' && (
          <Alert tone="error">
            <p>{t('setup.status.refusedTitle', { status: label(outcome.to) })}</p>
            <ul className={styles.refusals}>
              {outcome.refusals.map((r, i) => {
                const { text, fix } = refusalOfStep(t, language, competition, r);
                return (
                  <li key={i}>
                    {text}
                    {fix && (
                      <>
                        {' '}
                        <a href={`#${fix}`}>{t('setup.status.fix', { section: t(`setup.sections.${fix}`) })}</a>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </Alert>
        )}
        {outcome?.kind === 'failed' && (
          <Alert tone="error">
            {t(
              `setup.status.errors.${outcome.error.kind === 'network' || outcome.error.kind === 'permission' ? outcome.error.kind : 'unknown'}`,
            )}
          </Alert>
        )}
      </div>
    </Card>
  );
}
