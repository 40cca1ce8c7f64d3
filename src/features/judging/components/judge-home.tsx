import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { currentOpenRound } from '@/lib/competition';
import { useMyProgress } from '../hooks/use-my-assignments';
import { AssignmentList } from './assignment-list';
import styles from './judge-home.module.css';

/** A judge's work for the open round (read-only until scoring lands). */
export function JudgeHome({ competition, uid }: { competition: Competition; uid: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const round = currentOpenRound(competition);
  const progress = useMyProgress(competition.id, uid, round?.id ?? null);

  return (
    <div className={styles.home} data-testid="home-judge">
      <PageHeader
        eyebrow={t('roles.judge')}
        title={t('judge.home.title')}
        meta={
          round && <span>{t('judge.home.round', { name: pickLocalized(language, round.name, round.nameEn) })}</span>
        }
      />
      {!round ? (
        <Card>
          <p>{t('judge.home.noOpenRound')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.summary}>
              {progress.status === 'loading' && <Skeleton lines={2} />}
              {progress.status === 'error' && <ErrorState error={progress.error} onRetry={progress.retry} />}
              {progress.status === 'success' && (
                <Progress
                  value={progress.data.submitted}
                  max={progress.data.total}
                  label={t('judge.home.summaryLabel')}
                  text={t('judge.home.summary', {
                    submitted: progress.data.submitted,
                    total: progress.data.total,
                  })}
                />
              )}
              {competition.blind && <p className={styles.note}>{t('judge.home.blindNote')}</p>}
            </div>
          </Card>
          <Card title={t('judge.home.list')}>
            <AssignmentList competition={competition} uid={uid} roundId={round.id} />
          </Card>
        </>
      )}
    </div>
  );
}
