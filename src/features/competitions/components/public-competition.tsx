import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { registrationWindow } from '@/domain/registration';
import { DocumentTitle } from '@/components/layout/document-title';
import { NotFoundContent } from '@/components/status-pages';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { usePublicCompetition } from '../hooks/use-public-competition';
import { RegisterAction, type Viewer } from './register-action';
import { SubmissionWindow, WindowBadge } from './submission-window';
import styles from './explore.module.css';

// Rules without an English text are shown in Chinese: say so to English readers.
const CHINESE = /\p{Script=Han}/u;

interface PublicCompetitionProps {
  cid: string;
  viewer: Viewer;
}

/**
 * One public competition as anyone sees it before registering: organizer,
 * tracks, the window with its countdown, the rules, and the way in. A
 * competition that is missing or private shows the not-found page.
 */
export function PublicCompetition({ cid, viewer }: PublicCompetitionProps) {
  const loaded = usePublicCompetition(cid);
  if (loaded.status === 'loading') return <Skeleton lines={8} />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.retry} />;
  if (!loaded.data) return <NotFoundContent />;
  return <CompetitionDetail competition={loaded.data} viewer={viewer} />;
}

function CompetitionDetail({ competition, viewer }: { competition: Competition; viewer: Viewer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const title = pickLocalized(language, competition.title, competition.titleEn);
  const organizer = pickLocalized(language, competition.organizerName, competition.organizerNameEn);
  const state = registrationWindow(competition, now);
  // Each text in the reader's language where the organizer wrote one, else the Chinese.
  const description = pickLocalized(language, competition.description, competition.descriptionEn).trim();
  const rules = pickLocalized(language, competition.rulesText, competition.rulesTextEn).trim();

  return (
    <div data-testid="explore-detail">
      <DocumentTitle page={title} />
      <p className={styles.back}>
        <Link to={paths.explore}>{t('explore.back')}</Link>
      </p>
      <PageHeader
        eyebrow={organizer ? t('common.labelValue', { label: t('explore.organizer'), value: organizer }) : undefined}
        title={title}
        meta={<WindowBadge state={state} />}
      />
      {description && (
        <p className={styles.description} data-testid="explore-description">
          {description}
        </p>
      )}
      <div className={styles.detail}>
        <Card title={t('explore.detail.registration')} className={styles.registration}>
          <SubmissionWindow competition={competition} now={now} />
          <RegisterAction competition={competition} state={state} viewer={viewer} />
        </Card>
        <Card title={t('explore.detail.tracks')} className={styles.trackCard}>
          <ul className={styles.trackList}>
            {competition.tracks.map((track) => (
              <li key={track.id}>
                <p className={styles.trackName}>{pickLocalized(language, track.name, track.nameEn)}</p>
                <p className={styles.muted}>
                  {track.requiresCompany ? t('explore.detail.requiresCompany') : t('explore.detail.noCompany')}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('explore.detail.rules')} className={styles.rulesCard}>
          {rules ? (
            <>
              {language === 'en' && CHINESE.test(rules) && (
                <p className={[styles.hint, styles.rulesNote].join(' ')}>{t('explore.detail.rulesInChinese')}</p>
              )}
              {/* Plain text: React escapes it; pre-line keeps the organizer's line breaks. */}
              <div className={styles.rules} data-testid="explore-rules">
                {rules}
              </div>
            </>
          ) : (
            <p className={styles.muted}>{t('explore.detail.noRules')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
