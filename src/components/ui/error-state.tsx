import { useTranslation } from 'react-i18next';
import { errorKind } from '@/lib/errors';
import { Button } from './button';
import styles from './feedback.module.css';

const messageKey = {
  network: 'errors.network',
  permission: 'errors.permission',
  'not-found': 'errors.notFound',
  unknown: 'errors.generic',
} as const;

/** A failed load: a translated reason and a retry, never the raw error. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={[styles.alert, styles.error, styles.errorState].join(' ')} role="alert">
      <p className={styles.errorTitle}>{t('errors.title')}</p>
      <p>{t(messageKey[errorKind(error)])}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
