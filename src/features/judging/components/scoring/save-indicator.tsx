import { useTranslation } from 'react-i18next';
import { errorCode } from '@/lib/errors';
import type { SheetSaveStatus } from '../../hooks/use-sheet-autosave';
import styles from './scoring.module.css';

/** Saved / saving / offline / not saved, announced politely as it changes. */
export function SaveIndicator({ status, error }: { status: SheetSaveStatus; error: unknown }) {
  const { t } = useTranslation();
  // The live region stays in place (a region that appears is not announced); a conflict has its own alert.
  const text =
    status === 'read-only' || status === 'conflict'
      ? null
      : status === 'error'
        ? t('scoring.save.error', { reason: errorCode(error) ?? String(error) })
        : t(`scoring.save.${status}`);
  return (
    <div className={styles.saveRegion} role="status" aria-live="polite">
      {text && (
        <p className={styles.save} data-status={status} data-testid="sheet-save-status">
          <span className={styles.dot} aria-hidden="true" />
          <span>{text}</span>
        </p>
      )}
    </div>
  );
}
