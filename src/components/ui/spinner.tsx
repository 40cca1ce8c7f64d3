import { useTranslation } from 'react-i18next';
import styles from './feedback.module.css';

/** A loading indicator announced to screen readers. */
export function Spinner({ label, fullPage = false }: { label?: string; fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={[styles.spinnerWrap, fullPage ? styles.fullPage : ''].join(' ')} role="status" aria-live="polite">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
