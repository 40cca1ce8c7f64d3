import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Competition, Entry } from '@/domain/model';
import { missingForSubmission } from '@/domain/registration';
import { paths } from '@/lib/paths';
import { submitEntry } from '../../api/submission-api';
import { MissingList } from './missing-list';
import { RefusalMessage } from './refusal-message';
import { ActionRefused, useEntryAction } from './use-entry-action';
import styles from './submission.module.css';

interface DraftSubmitProps {
  competition: Competition;
  entry: Entry;
  content: unknown;
  flushDraft: () => Promise<boolean>;
  onFocusField: (field: string) => void;
  label: (field: string) => string;
}

/**
 * A draft: what is still missing (live, from the form's values), and Submit
 * once nothing is. Submitting first waits for the form's edits to reach the
 * server, so the server checks what the team sees, then asks submitEntry.
 */
export function DraftSubmit({ competition, entry, content, flushDraft, onFocusField, label }: DraftSubmitProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { phase, failure, run } = useEntryAction<'saving' | 'submitting'>();
  const missing = missingForSubmission(content, competition.entryForm.questions, {
    deckPresent: entry.deckPath !== null,
  });

  const submit = () =>
    run('saving', async (setPhase) => {
      const saved = await flushDraft().catch(() => false);
      if (!saved) throw new ActionRefused({ kind: 'not-saved' });
      setPhase('submitting');
      await submitEntry(competition.id, entry.id);
      await navigate(paths.teamReceipt(competition.id, entry.id));
    });

  return (
    <div className={styles.body}>
      {missing.length > 0 ? (
        <div className={styles.missingBlock}>
          <p className={styles.missingTitle}>{t('submission.draft.missingTitle', { count: missing.length })}</p>
          <p className={styles.muted}>{t('submission.draft.missingHint')}</p>
          <MissingList items={missing} label={label} onFocusField={onFocusField} />
        </div>
      ) : (
        <Alert tone="success">
          <p>{t('submission.draft.ready')}</p>
        </Alert>
      )}
      {failure && <RefusalMessage failure={failure} label={label} onFocusField={onFocusField} />}
      <div className={styles.actions}>
        <Button onClick={submit} disabled={missing.length > 0} pending={phase !== null} data-testid="submit-entry">
          {phase === 'saving'
            ? t('submission.draft.saving')
            : phase === 'submitting'
              ? t('submission.draft.submitting')
              : t('submission.draft.submit')}
        </Button>
        <p className={styles.muted}>{t('submission.draft.afterSubmit')}</p>
      </div>
    </div>
  );
}
