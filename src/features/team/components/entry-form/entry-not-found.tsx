import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/lib/paths';

/**
 * Missing and not this team's look the same: the page says nothing about
 * whether someone else's entry exists.
 */
export function EntryNotFound({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      testId="entry-not-found"
      code="404"
      title={t('entry.notFound.title')}
      body={<p>{t('entry.notFound.body')}</p>}
      actions={
        <Link className={buttonClass('primary')} to={paths.roleHome(competitionId, 'team')}>
          {t('entry.backToHome')}
        </Link>
      }
    />
  );
}
