import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { DocumentTitle } from '@/components/layout/document-title';
import { SignUpForm } from '@/features/auth';

export function Component() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <>
      <DocumentTitle page={t('auth.signUp.title')} />
      <SignUpForm search={search} />
    </>
  );
}
