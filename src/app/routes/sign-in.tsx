import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { DocumentTitle } from '@/components/layout/document-title';
import { SignInForm } from '@/features/auth';

export function Component() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <>
      <DocumentTitle page={t('auth.signIn.title')} />
      <SignInForm search={search} showDemoLogins={import.meta.env.DEV} />
    </>
  );
}
