import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Modal, modalClass } from '@/components/ui/modal';
import {
  ELIGIBILITY_REASON_MAX,
  setEntryEligibility,
  toEligibilityError,
  type EligibilityAction,
  type EligibilityError,
} from '../api/set-eligibility';
import styles from './entry-admin.module.css';

interface EligibilityDialogProps {
  cid: string;
  eid: string;
  code: string;
  action: EligibilityAction;
  open: boolean;
  onClose: () => void;
  onDone: (status: EntryStatus) => void;
}

const errorKey = {
  invalid: 'entryAdmin.eligibility.errors.invalid',
  state: 'entryAdmin.eligibility.errors.state',
  changed: 'entryAdmin.eligibility.errors.changed',
  network: 'entryAdmin.eligibility.errors.network',
  permission: 'entryAdmin.eligibility.errors.permission',
  'not-found': 'entryAdmin.eligibility.errors.notFound',
  unknown: 'entryAdmin.eligibility.errors.unknown',
} as const;

/** Disqualify or reinstate, with a reason (kept in the audit trail): a modal, then `setEntryEligibility`. */
export function EligibilityDialog({ cid, eid, code, action, open, onClose, onDone }: EligibilityDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EligibilityError | null>(null);

  const empty = reason.trim() === '';
  const reasonError =
    touched && empty
      ? t('entryAdmin.eligibility.dialog.reasonRequired')
      : error?.kind === 'reason'
        ? t(error.message as 'validation.required')
        : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (empty || busy) return;
    setBusy(true);
    setError(null);
    try {
      const status = await setEntryEligibility({ competitionId: cid, entryId: eid, action, reason: reason.trim() });
      setReason('');
      setTouched(false);
      onDone(status);
    } catch (err) {
      setError(toEligibilityError(err));
    } finally {
      setBusy(false);
    }
  };

  const disqualify = action === 'disqualify';
  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} testId="eligibility-dialog">
      <form className={modalClass.body} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 id={`${id}-title`}>
          {disqualify
            ? t('entryAdmin.eligibility.dialog.disqualifyTitle', { code })
            : t('entryAdmin.eligibility.dialog.reinstateTitle', { code })}
        </h2>
        <p>
          {disqualify
            ? t('entryAdmin.eligibility.dialog.disqualifyBody')
            : t('entryAdmin.eligibility.dialog.reinstateBody')}
        </p>
        <div className={styles.fieldRow}>
          <label className={styles.label} htmlFor={`${id}-reason`}>
            {t('entryAdmin.eligibility.dialog.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className={styles.textarea}
            rows={3}
            required
            maxLength={ELIGIBILITY_REASON_MAX}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-hint`} className={styles.note}>
            {t('entryAdmin.eligibility.dialog.reasonHint', { max: ELIGIBILITY_REASON_MAX })}
          </p>
          {reasonError && (
            <p id={`${id}-error`} className={styles.error} role="alert">
              {reasonError}
            </p>
          )}
        </div>
        {error && error.kind !== 'reason' && <Alert tone="error">{t(errorKey[error.kind])}</Alert>}
        <div className={modalClass.actions}>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('entryAdmin.eligibility.dialog.cancel')}
          </Button>
          <Button type="submit" pending={busy}>
            {busy
              ? t('entryAdmin.eligibility.dialog.working')
              : disqualify
                ? t('entryAdmin.eligibility.dialog.confirmDisqualify')
                : t('entryAdmin.eligibility.dialog.confirmReinstate')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
