import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import type { UploadState } from './use-entry-upload';

/** What an upload that did not go through says: refused here, failed on the way, or cancelled. */
export function UploadMessage({ state }: { state: UploadState }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'refused':
      return <Alert tone="error">{state.message}</Alert>;
    case 'failed':
      return (
        <Alert tone="error">
          {state.kind === 'network'
            ? t('deck.errors.network')
            : state.kind === 'permission'
              ? t('deck.errors.permission')
              : t('deck.errors.unknown')}
        </Alert>
      );
    case 'cancelled':
      return <Alert tone="info">{t('deck.cancelled')}</Alert>;
    default:
      return null;
  }
}
