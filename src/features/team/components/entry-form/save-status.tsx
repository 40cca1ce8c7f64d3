import { useTranslation } from 'react-i18next';
import { errorCode } from '@/lib/errors';
import type { SaveStatus as Status } from '../../hooks/use-entry-autosave';
import styles from './entry-form.module.css';

/** Saved / saving / offline / not saved, announced politely as it changes. */
export function SaveStatus({ status, error }: { status: Status; error: unknown }) {
  const { t } = useTranslation();
  if (status === 'read-only') return null;
  // The live region stays in place (a region that appears is not announced);
  // a conflict has its own alert.
  const text =
    status === 'conflict'
      ? null
      : status === 'error'
        ? t('entry.save.error', { reason: errorCode(error) ?? String(error) })
        : t(`entry.save.${status}`);
  return (
    <div className={styles.statusRegion} role="status" aria-live="polite">
      {text && (
        <p className={styles.status} data-status={status} data-testid="save-status">
          <span className={styles.dot} aria-hidden="true" />
          <span>{text}</span>
        </p>
      )}
    </div>
  );
}
