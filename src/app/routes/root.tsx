import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Outlet, ScrollRestoration, useRouteError } from 'react-router';
import { Button } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';
import { NotFoundContent } from '@/components/status-pages';

export function Component() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/** An error no page caught: a translated message, never a stack trace. */
export function ErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <StatusPage
      testId="route-error"
      title={t('errors.crashTitle')}
      body={<p>{t('errors.crashBody')}</p>}
      actions={<Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
    />
  );
}
