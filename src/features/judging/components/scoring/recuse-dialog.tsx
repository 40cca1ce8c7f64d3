import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Modal, modalClass } from '@/components/ui/modal';
import { callableCode } from '@/lib/errors';
import { recuseSheet, type SheetPair } from '../../api/sheet-actions';
import styles from './scoring.module.css';

export const RECUSE_REASON_MAX = 500;

interface RecuseDialogProps {
  pair: SheetPair;
  open: boolean;
  onClose: () => void;
  /** The function recorded the conflict: the entry is no longer this judge's. */
  onRecused: () => void;
}

/** "I have a conflict with this entry": a modal asking for the reason, then `recuseSheet`. */
export function RecuseDialog({ pair, open, onClose, onRecused }: RecuseDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const empty = reason.trim() === '';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (empty) return;
    setBusy(true);
    setError(null);
    try {
      await recuseSheet(pair, reason.trim());
      onRecused();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} testId="recuse-dialog">
      <form className={modalClass.body} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('scoring.recuse.title')}</h2>
        <p className={styles.text}>{t('scoring.recuse.body')}</p>
        <div className={styles.commentRow}>
          <label className={styles.label} htmlFor={`${id}-reason`}>
            {t('scoring.recuse.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className={styles.textarea}
            rows={3}
            required
            maxLength={RECUSE_REASON_MAX}
            value={reason}
            aria-invalid={touched && empty ? true : undefined}
            aria-describedby={`${id}-hint${touched && empty ? ` ${id}-error` : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-hint`} className={styles.muted}>
            {t('scoring.recuse.reasonHint')}
          </p>
          {touched && empty && (
            <p id={`${id}-error`} className={styles.error} role="alert">
              {t('scoring.recuse.reasonRequired')}
            </p>
          )}
        </div>
        {error !== null && (
          <Alert tone="error">{t('scoring.recuse.failed', { reason: callableCode(error) ?? String(error) })}</Alert>
        )}
        <div className={modalClass.actions}>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('scoring.recuse.cancel')}
          </Button>
          <Button type="submit" pending={busy}>
            {t('scoring.recuse.confirm')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
