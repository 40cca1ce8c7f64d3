import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DocumentTitle } from '@/components/layout/document-title';
import { CreatePage } from '@/features/setup/components/create/create-page';
import { useSessionStore, type SessionUser } from '@/lib/auth/session-store';
import { paths } from '@/lib/paths';

/** `/competitions/new`: create a competition, then shape it on its settings page. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionStore((s) => s.user) as SessionUser;
  return (
    <>
      <DocumentTitle page={t('setup.create.title')} />
      <CreatePage uid={user.uid} onCreated={(cid) => void navigate(paths.organizerSettings(cid))} />
    </>
  );
}
