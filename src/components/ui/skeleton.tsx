import { useTranslation } from 'react-i18next';
import styles from './feedback.module.css';

/** Placeholder lines while content loads; announced once as "loading". */
export function Skeleton({ lines = 4 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className={styles.skeleton} role="status" aria-live="polite">
      <span className="visually-hidden">{t('app.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className={styles.bar} aria-hidden="true" />
      ))}
    </div>
  );
}
