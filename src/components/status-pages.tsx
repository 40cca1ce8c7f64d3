import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';
import { DocumentTitle } from '@/components/layout/document-title';

export function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('routing.notFound.title')} />
      <StatusPage
        testId="not-found"
        code="404"
        title={t('routing.notFound.title')}
        body={<p>{t('routing.notFound.body')}</p>}
        actions={
          <Link className={buttonClass('primary')} to="/">
            {t('common.goHome')}
          </Link>
        }
      />
    </>
  );
}

export function ForbiddenContent() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('routing.forbidden.title')} />
      <StatusPage
        testId="forbidden"
        code="403"
        title={t('routing.forbidden.title')}
        body={<p>{t('routing.forbidden.body')}</p>}
        actions={
          <Link className={buttonClass('primary')} to="/">
            {t('common.goHome')}
          </Link>
        }
      />
    </>
  );
}
