import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Competition, Entry } from '@/domain/model';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { changeEntryStatus, type StatusAction } from '../../api/submission-api';
import { RefusalMessage } from './refusal-message';
import { useEntryAction } from './use-entry-action';
import styles from './submission.module.css';

interface StatusActionsProps {
  competition: Competition;
  entry: Entry;
  /** Withdraw is offered for a submitted entry; a withdrawn one can only be reopened. */
  canWithdraw: boolean;
  onFocusField: (field: string) => void;
  label: (field: string) => string;
}

/**
 * Before the deadline: reopen the entry to edit it (it must be submitted
 * again), or withdraw it after a confirmation that says what that means.
 * The page follows the entry's live status, so success needs no message.
 */
export function StatusActions({ competition, entry, canWithdraw, onFocusField, label }: StatusActionsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const confirmId = useId();
  const { phase, failure, run } = useEntryAction<StatusAction>();
  const date = formatDateTime(competition.submissionDeadline, language);

  const act = (action: StatusAction) =>
    run(action, async () => {
      await changeEntryStatus(competition.id, entry.id, action);
      setConfirming(false);
    });

  return (
    <div className={styles.body}>
      <p className={styles.muted}>{t('submission.submitted.reopenHint', { date })}</p>
      {failure && <RefusalMessage failure={failure} label={label} onFocusField={onFocusField} />}
      <div className={styles.actions}>
        <Button
          variant="secondary"
          onClick={() => act('reopen')}
          pending={phase === 'reopen'}
          disabled={phase !== null}
        >
          {phase === 'reopen' ? t('submission.submitted.reopening') : t('submission.submitted.reopen')}
        </Button>
        {canWithdraw && !confirming && (
          <Button variant="ghost" onClick={() => setConfirming(true)} disabled={phase !== null}>
            {t('submission.submitted.withdraw')}
          </Button>
        )}
      </div>
      {canWithdraw && confirming && (
        <div id={confirmId} className={styles.confirm} role="group" aria-labelledby={`${confirmId}-title`}>
          <p id={`${confirmId}-title`} className={styles.confirmTitle}>
            {t('submission.submitted.withdrawConfirmTitle')}
          </p>
          <p>{t('submission.submitted.withdrawConfirmBody', { date })}</p>
          <div className={styles.actions}>
            <Button onClick={() => act('withdraw')} pending={phase === 'withdraw'} disabled={phase !== null}>
              {phase === 'withdraw' ? t('submission.submitted.withdrawing') : t('submission.submitted.withdrawConfirm')}
            </Button>
            {/* Focus lands on the safe choice: a second Enter must not withdraw. */}
            <Button variant="ghost" onClick={() => setConfirming(false)} disabled={phase !== null} autoFocus>
              {t('submission.submitted.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
