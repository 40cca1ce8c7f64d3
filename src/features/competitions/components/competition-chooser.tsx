import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
import { useMyCompetitions } from '../hooks/use-my-competitions';
import { NoCompetition } from './no-competition';
import styles from './competition-chooser.module.css';

/** The user's competitions, to pick one (several memberships). */
export function CompetitionChooser({ uid, email }: { uid: string; email: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = useMyCompetitions(uid);

  if (list.status === 'success' && list.items.length === 0) return <NoCompetition email={email} />;

  return (
    <div data-testid="competition-chooser">
      <PageHeader title={t('routing.chooser.title')} />
      <p className={styles.intro}>{t('routing.chooser.intro')}</p>
      <p className={styles.create}>
        <Link className={buttonClass('secondary')} to={paths.competitionNew}>
          {t('routing.chooser.create')}
        </Link>
      </p>
      {list.status === 'loading' && <Skeleton lines={4} />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'success' && (
        <>
          <ul className={styles.list}>
            {list.items.map(({ member, competition }) => {
              const title = competition
                ? pickLocalized(language, competition.title, competition.titleEn)
                : member.competitionId;
              return (
                <li key={`${member.competitionId}/${member.role}`} className={styles.item}>
                  <div className={styles.info}>
                    <h2 className={styles.title}>{title}</h2>
                    <div className={styles.badges}>
                      <Badge tone="primary">{t(`roles.${member.role}`)}</Badge>
                      {competition && <Badge>{t(`competition.status.${competition.status}`)}</Badge>}
                    </div>
                  </div>
                  <Link
                    className={buttonClass('secondary')}
                    to={paths.roleHome(member.competitionId, member.role)}
                    aria-label={t('common.labelValue', { label: t('routing.chooser.enter'), value: title })}
                  >
                    {t('routing.chooser.enter')}
                  </Link>
                </li>
              );
            })}
          </ul>
          <PaginatedLoadMore list={list} />
        </>
      )}
    </div>
  );
}
