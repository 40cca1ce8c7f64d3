import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { Card } from '@/components/ui/card';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import { useCompetitionStats } from '../hooks/use-competition-stats';
import { StatTiles } from './stat-tiles';
import { AwardsCard, RoundsCard, RubricCard, TracksCard } from './settings-cards';
import styles from './organizer-home.module.css';

/** The organizer's overview of a competition (read-only for now). */
export function OrganizerHome({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const stats = useCompetitionStats(competition);
  const title = pickLocalized(language, competition.title, competition.titleEn);
  // The stage control of the last roadshow round (its page picks among several).
  const roadshow = competition.rounds.findLast((r) => r.kind === 'roadshow');

  return (
    <div className={styles.home} data-testid="home-organizer">
      <PageHeader
        eyebrow={t('roles.organizer')}
        title={title}
        meta={
          <>
            <span>
              {t('organizer.home.status')} <Badge tone="primary">{t(`competition.status.${competition.status}`)}</Badge>
            </span>
            {competition.submissionDeadline > 0 && (
              <span>
                {t('common.labelValue', {
                  label: t('organizer.home.deadline'),
                  value: t('common.atBeijingTime', {
                    date: formatDateTime(competition.submissionDeadline, language),
                  }),
                })}
              </span>
            )}
            <Link className={buttonClass('secondary')} to={paths.organizerResults(competition.id)}>
              {t('results.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerAssignment(competition.id)}>
              {t('assignment.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerSettings(competition.id)}>
              {t('setup.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerPeople(competition.id)}>
              {t('people.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerEntries(competition.id)}>
              {t('entryAdmin.nav')}
            </Link>
            {roadshow && (
              <Link
                className={buttonClass('secondary')}
                to={paths.organizerStage(competition.id, roadshow.id)}
                data-testid="organizer-stage-link"
              >
                {t('stage.nav')}
              </Link>
            )}
            <Link className={buttonClass('secondary')} to={paths.organizerDashboard(competition.id)}>
              {t('dashboard.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerFairness(competition.id)}>
              {t('fairness.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerAdvance(competition.id)}>
              {t('advance.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerPublish(competition.id)}>
              {t('publication.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerObjections(competition.id)}>
              {t('objections.nav')}
            </Link>
            <Link className={buttonClass('secondary')} to={paths.organizerAudit(competition.id)}>
              {t('auditLog.nav')}
            </Link>
          </>
        }
      />
      {stats.status === 'loading' && (
        <Card>
          <Skeleton lines={3} />
        </Card>
      )}
      {stats.status === 'error' && <ErrorState error={stats.error} onRetry={stats.retry} />}
      {stats.status === 'success' && <StatTiles competition={competition} stats={stats.data} />}
      <div className={styles.grid}>
        <TracksCard
          competition={competition}
          counts={stats.status === 'success' ? stats.data.entriesByTrack : undefined}
          total={stats.status === 'success' ? stats.data.totalEntries : undefined}
        />
        <RoundsCard competition={competition} />
        {competition.rounds.map((round) => (
          <RubricCard key={round.id} round={round} />
        ))}
        <AwardsCard competition={competition} />
      </div>
    </div>
  );
}
