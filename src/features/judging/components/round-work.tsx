import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useRoundWork } from '../hooks/use-round-work';
import { WorkList } from './work-list';
import styles from './judge-home.module.css';

interface RoundWorkProps {
  competition: Competition;
  uid: string;
  round: Round;
}

/** One open round: its kind, the judge's progress and their entries. */
export function RoundWork({ competition, uid, round }: RoundWorkProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const work = useRoundWork(competition.id, uid, round.id);
  const name = pickLocalized(language, round.name, round.nameEn);

  return (
    <Card title={name}>
      <p className={styles.kind}>{t(`judging.kind.${round.kind}`)}</p>
      {work.status === 'loading' && <Skeleton lines={6} />}
      {work.status === 'error' && <ErrorState error={work.error} onRetry={work.retry} />}
      {work.status === 'success' && (
        <WorkList competition={competition} round={round} roundName={name} work={work.data} />
      )}
    </Card>
  );
}
