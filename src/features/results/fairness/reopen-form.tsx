import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { reopenSheet } from '../api/fairness-actions';
import type { PreviewData } from '../api/preview-data';
import { ActionFeedback } from './action-feedback';
import { statusKey } from './sheet-status';
import { useAction } from './use-action';
import styles from './fairness.module.css';

/** The reason's limit in the reopenSheet function (functions/src/input.ts). */
const MAX_REASON = 500;

interface ReopenFormProps {
  data: PreviewData;
  entryId: string;
  code: string;
  judgeName: (uid: string) => string;
  disabled: boolean;
}

/**
 * Reopens one of the entry's submitted or recused sheets with a reason the
 * judge sees (callable reopenSheet). The live sheets then show it as a
 * draft, and the panel recomputes without it.
 */
export function ReopenForm({ data, entryId, code, judgeName, disabled }: ReopenFormProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const reasonId = useId();
  const errorId = useId();
  const [sheetId, setSheetId] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const { state, run } = useAction();
  const sheets = data.sheets.filter(
    (s) => s.entryId === entryId && (s.status === 'submitted' || s.status === 'recused'),
  );
  const chosen = sheets.find((s) => s.id === sheetId) ?? null;
  const trimmed = reason.trim();
  const reasonError =
    trimmed === ''
      ? t('fairness.actions.reasonRequired')
      : trimmed.length > MAX_REASON
        ? t('fairness.actions.reasonTooLong')
        : null;

  const submit = () => {
    setTouched(true);
    if (!chosen || reasonError) return;
    void run(async () => {
      await reopenSheet({ competitionId: data.competition.id, sheetId: chosen.id, reason: trimmed });
      setSheetId('');
      setReason('');
      setTouched(false);
      return t('fairness.actions.reopenSuccess', { code, judge: judgeName(chosen.judgeUid) });
    });
  };

  return (
    <section className={styles.form} data-testid="reopen-sheet">
      <h3>{t('fairness.actions.reopenTitle')}</h3>
      <p className={styles.muted}>{t('fairness.actions.reopenHint')}</p>
      {sheets.length === 0 ? (
        <p className={styles.muted}>{t('fairness.actions.reopenNone')}</p>
      ) : (
        <form
          className={styles.column}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className={styles.field}>
            <label htmlFor={selectId}>{t('fairness.actions.reopenSheet')}</label>
            <select
              id={selectId}
              className={styles.select}
              value={chosen?.id ?? ''}
              disabled={disabled}
              onChange={(e) => setSheetId(e.target.value)}
            >
              <option value="">{t('fairness.actions.reopenChoose')}</option>
              {sheets.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('fairness.actions.reopenOption', { judge: judgeName(s.judgeUid), status: t(statusKey[s.status]) })}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={reasonId}>{t('fairness.actions.reason')}</label>
            <textarea
              id={reasonId}
              className={styles.textarea}
              rows={3}
              maxLength={MAX_REASON + 100}
              value={reason}
              disabled={disabled}
              aria-invalid={touched && reasonError ? true : undefined}
              aria-describedby={touched && reasonError ? errorId : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {touched && reasonError && (
              <p id={errorId} className={styles.error} role="alert">
                {reasonError}
              </p>
            )}
          </div>
          <div>
            <Button type="submit" disabled={disabled || !chosen} pending={state.status === 'pending'}>
              {t('fairness.actions.reopenButton')}
            </Button>
          </div>
        </form>
      )}
      <ActionFeedback state={state} pending={t('fairness.actions.reopenPending')} />
    </section>
  );
}
