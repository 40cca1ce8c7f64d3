import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { registrationWindow } from '@/domain/registration';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { useOpenCompetitions } from '../hooks/use-open-competitions';
import { SubmissionWindow, WindowBadge } from './submission-window';
import { TrackNames } from './track-names';
import styles from './explore.module.css';

/** The public list of competitions open for registration (signed out too). */
export function OpenCompetitions() {
  const { t } = useTranslation();
  const now = useNow();
  const list = useOpenCompetitions();

  return (
    <div data-testid="explore-list">
      <PageHeader title={t('explore.title')} />
      <p className={styles.intro}>{t('explore.intro')}</p>
      {list.status === 'loading' && <Skeleton lines={6} />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'success' &&
        (list.items.length === 0 ? (
          <p className={styles.empty}>{t('explore.empty')}</p>
        ) : (
          <>
            <ul className={styles.list}>
              {list.items.map((competition) => (
                <li key={competition.id}>
                  <CompetitionCard competition={competition} now={now} />
                </li>
              ))}
            </ul>
            <PaginatedLoadMore list={list} />
          </>
        ))}
    </div>
  );
}

function CompetitionCard({ competition, now }: { competition: Competition; now: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingId = useId();
  const title = pickLocalized(language, competition.title, competition.titleEn);
  const organizer = pickLocalized(language, competition.organizerName, competition.organizerNameEn);

  return (
    <article className={styles.card} aria-labelledby={headingId} data-testid="explore-card">
      <div className={styles.cardHeader}>
        <h2 id={headingId} className={styles.cardTitle}>
          {title}
        </h2>
        <WindowBadge state={registrationWindow(competition, now)} />
      </div>
      <dl className={styles.facts}>
        {organizer && (
          <div>
            <dt>{t('explore.organizer')}</dt>
            <dd>{organizer}</dd>
          </div>
        )}
        <div>
          <dt>{t('explore.tracks')}</dt>
          <dd>
            <TrackNames tracks={competition.tracks} />
          </dd>
        </div>
        <div>
          <dt>{t('explore.window')}</dt>
          <dd>
            <SubmissionWindow competition={competition} now={now} />
          </dd>
        </div>
      </dl>
      <div className={styles.cardActions}>
        <Link
          className={buttonClass('primary')}
          to={paths.exploreCompetition(competition.id)}
          aria-label={t('common.labelValue', { label: t('explore.view'), value: title })}
        >
          {t('explore.view')}
        </Link>
      </div>
    </article>
  );
}
