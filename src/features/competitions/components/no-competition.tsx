import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/lib/paths';

/** Signed in, but in no competition yet: an organizer adds judges; teams can register themselves. */
export function NoCompetition({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      testId="no-competition"
      title={t('routing.noCompetition.title')}
      body={
        <>
          <p>{t('routing.noCompetition.body')}</p>
          <p>{t('routing.noCompetition.exploreHint')}</p>
          <p>{t('routing.noCompetition.signedInAs', { email })}</p>
        </>
      }
      actions={
        <>
          <Link className={buttonClass('primary')} to={paths.explore}>
            {t('routing.noCompetition.explore')}
          </Link>
          <Link className={buttonClass('secondary')} to={paths.competitionNew}>
            {t('routing.chooser.create')}
          </Link>
        </>
      }
    />
  );
}
