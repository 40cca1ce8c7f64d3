import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '@/components/layout/document-title';
import { buttonClass } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/lib/paths';
import { RequireAuth } from '../guards/require-auth';

/**
 * `/explore/:cid/register`: where the registration form will live (signed
 * in only; signing up from the competition page comes back here).
 */
export function Component() {
  const { t } = useTranslation();
  const { cid = '' } = useParams();
  return (
    <RequireAuth>
      <DocumentTitle page={t('explore.register.title')} />
      <StatusPage
        testId="register-soon"
        title={t('explore.register.title')}
        body={<p>{t('explore.register.soon')}</p>}
        actions={
          <Link className={buttonClass('secondary')} to={paths.exploreCompetition(cid)}>
            {t('explore.register.back')}
          </Link>
        }
      />
    </RequireAuth>
  );
}
