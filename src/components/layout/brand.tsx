import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './app-shell.module.css';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className={styles.brand}>
      <svg className={styles.emblem} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M9 17.5l4.5 4.5L23 11.5"
          fill="none"
          style={{ stroke: 'var(--emblem-check, #fff)' }}
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={styles.brandName}>{t('app.name')}</span>
    </Link>
  );
}
