import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@/components/layout/document-title';
import { CompetitionChooser } from '@/features/competitions';
import { useSessionStore, type SessionUser } from '@/lib/auth/session-store';

export function Component() {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user) as SessionUser;
  return (
    <>
      <DocumentTitle page={t('routing.chooser.title')} />
      <CompetitionChooser uid={user.uid} email={user.email} />
    </>
  );
}
