import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import type { RoundProgress } from '@/domain/model';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime, formatNumber } from '@/lib/format/date';
import type { Live } from '@/lib/async/use-live';
import styles from './dashboard.module.css';

/** The round's totals and when they were counted; live. */
export function TotalsCard({ progress, onRetry }: { progress: Live<RoundProgress | null>; onRetry: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (v: number) => formatNumber(v, language);

  let body;
  if (progress.status === 'loading') body = <Skeleton lines={3} />;
  else if (progress.status === 'error') body = <ErrorState error={progress.error} onRetry={onRetry} />;
  else {
    const p = progress.value ?? { assigned: 0, submitted: 0, drafts: 0, recused: 0, asOf: 0 };
    body = (
      <>
        <p className={styles.live} role="status" data-testid="dashboard-live">
          {progress.value ? t('dashboard.live', { time: formatDateTime(p.asOf, language) }) : t('dashboard.waiting')}
        </p>
        {p.assigned === 0 && p.submitted + p.drafts + p.recused === 0 ? (
          <p className={styles.empty}>{t('dashboard.totals.empty')}</p>
        ) : (
          <>
            <Progress
              value={p.submitted}
              max={p.assigned}
              label={t('dashboard.totals.progressLabel')}
              text={t('dashboard.totals.progress', { submitted: n(p.submitted), assigned: n(p.assigned) })}
            />
            <dl className={styles.stats} data-testid="dashboard-totals">
              {(['assigned', 'submitted', 'drafts', 'recused'] as const).map((k) => (
                <div key={k} className={styles.stat} data-stat={k}>
                  <dt>{t(`dashboard.totals.${k}`)}</dt>
                  <dd>{n(p[k])}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </>
    );
  }
  return <Card title={t('dashboard.totals.title')}>{body}</Card>;
}
