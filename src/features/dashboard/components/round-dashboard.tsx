import { useState } from 'react';
import type { Competition, Round } from '@/domain/model';
import { useRoundProgress } from '../hooks/use-dashboard-data';
import { AwaitingCard } from './awaiting-card';
import { EntryCountsCard } from './entry-counts-card';
import { JudgesCard } from './judges-card';
import { ShortEntriesCard } from './short-entries-card';
import { TotalsCard } from './totals-card';
import styles from './dashboard.module.css';

/** Every card of one round; each loads, fails and retries on its own. */
export function RoundDashboard({ competition, round }: { competition: Competition; round: Round }) {
  const [attempt, setAttempt] = useState(0);
  const progress = useRoundProgress(competition.id, round.id, attempt);
  const asOf = progress.status === 'live' ? (progress.value?.asOf ?? 0) : null;

  return (
    <div className={styles.grid}>
      <TotalsCard progress={progress} onRetry={() => setAttempt((n) => n + 1)} />
      <EntryCountsCard competition={competition} />
      <div className={styles.wide}>
        <JudgesCard competitionId={competition.id} round={round} />
      </div>
      <ShortEntriesCard competitionId={competition.id} roundId={round.id} asOf={asOf} />
      <AwaitingCard competitionId={competition.id} round={round} />
    </div>
  );
}
