import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@/components/layout/document-title';
import { ResetPasswordForm } from '@/features/auth';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('auth.reset.title')} />
      <ResetPasswordForm showEmulatorHint={import.meta.env.DEV} />
    </>
  );
}
