import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { SheetStatus } from '@/domain/model';
import type { Live } from '@/lib/async/use-live';
import styles from './stage.module.css';

export interface JudgeLine {
  uid: string;
  name: string;
  /** 评委 N on the big screen. */
  number: number;
}

const TONE = { submitted: 'success', draft: 'warning', recused: 'neutral', none: 'neutral' } as const;

/** Who of the team's judges has submitted, live from the sheets (their scores are not read here). */
export function JudgeStatus({
  judges,
  statuses,
  onRetry,
}: {
  judges: JudgeLine[];
  statuses: Live<Map<string, SheetStatus>>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (statuses.status === 'loading') return <Skeleton lines={3} />;
  if (statuses.status === 'error') return <ErrorState error={statuses.error} onRetry={onRetry} />;
  const submitted = judges.filter((j) => statuses.value.get(j.uid) === 'submitted').length;
  return (
    <div className={styles.judges} data-testid="judge-status">
      <p className={styles.judgesCount} aria-live="polite" data-testid="judges-submitted">
        {t('stage.judges.count', { submitted, total: judges.length })}
      </p>
      <ul className={styles.judgeList}>
        {judges.map((j) => {
          const status = statuses.value.get(j.uid) ?? 'none';
          return (
            <li key={j.uid} className={styles.judgeLine}>
              <span className={styles.judgeName}>
                <span className={styles.judgeNumber}>{t('stage.judges.numbered', { n: j.number })}</span>
                {j.name && <span>{j.name}</span>}
              </span>
              <Badge tone={TONE[status]}>{t(`stage.judges.status.${status}`)}</Badge>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
