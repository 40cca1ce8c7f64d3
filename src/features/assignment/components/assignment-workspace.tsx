import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { AssignmentSetup } from '../api/assignment-setup';
import { sameChoice, useAssignRun, type AssignChoice } from '../hooks/use-assign-run';
import { useLabels } from '../hooks/use-labels';
import { initialPlanForm, toPools } from '../lib/plan-form';
import { AssignmentResult } from './assignment-result';
import { CommitPanel } from './commit-panel';
import { PlanSettings } from './plan-settings';
import { RunError } from './run-error';
import styles from './assignment.module.css';

interface AssignmentWorkspaceProps {
  competition: Competition;
  round: Round;
  setup: AssignmentSetup;
}

/** One round's settings, its preview and its commit. Keyed by round: another round starts afresh. */
export function AssignmentWorkspace({ competition, round, setup }: AssignmentWorkspaceProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trackIds = competition.tracks.map((tr) => tr.id);
  const [form, setForm] = useState(() => initialPlanForm(trackIds, setup.judges, round, setup.plan));
  const { state, preview, commit } = useAssignRun(competition.id, round.id);
  const labels = useLabels(competition, setup);

  const pools = toPools(form, trackIds);
  const choice: AssignChoice | null = pools && { strategy: form.strategy, pools };
  const pending = state.status === 'pending';
  const stale = state.status !== 'idle' && (choice === null || !sameChoice(choice, state.choice));

  // The proposal on screen: a fresh preview, the one being committed, or the one whose commit failed.
  const shownPreview =
    state.status === 'previewed'
      ? state.result
      : state.status === 'pending' || state.status === 'failed'
        ? state.preview
        : null;

  return (
    <>
      <PlanSettings competition={competition} round={round} setup={setup} form={form} onChange={setForm} />
      <div className={styles.actions}>
        <Button
          pending={pending && state.phase === 'preview'}
          disabled={choice === null || pending}
          onClick={() => choice && void preview(choice)}
        >
          {t('assignment.preview.button')}
        </Button>
        {choice === null && <span className={styles.warningText}>{t('assignment.preview.fixK')}</span>}
        {pending && state.phase === 'preview' && (
          <span className={styles.muted} role="status">
            {t('assignment.preview.pending')}
          </span>
        )}
      </div>
      {state.status === 'failed' && <RunError phase={state.phase} error={state.error} labels={labels} />}
      {state.status === 'committed' && (
        <>
          <Alert tone="success">
            <p>
              <strong>{t('assignment.commit.done')}</strong>
            </p>
            <p data-testid="commit-done">
              {t('assignment.commit.doneBody', {
                time: t('common.atBeijingTime', { date: formatDateTime(state.at, language) }),
                pairs: state.result.stats.pairs,
                added: state.result.added.length,
                removed: state.result.removed.length,
              })}
            </p>
          </Alert>
          <AssignmentResult
            title={t('assignment.preview.committedTitle')}
            result={state.result}
            judges={setup.judges}
            labels={labels}
          />
        </>
      )}
      {shownPreview && (
        <AssignmentResult
          title={t('assignment.preview.title')}
          result={shownPreview}
          judges={setup.judges}
          labels={labels}
          actions={
            <CommitPanel
              preview={shownPreview}
              stale={stale}
              pending={pending && state.phase === 'commit'}
              onCommit={() => void commit()}
            />
          }
        />
      )}
    </>
  );
}
