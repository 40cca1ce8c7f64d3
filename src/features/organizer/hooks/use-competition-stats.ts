import type { Competition } from '@/domain/model';
import { useAsync } from '@/lib/async/use-async';
import { getCompetitionStats } from '../api/competition-stats';

export function useCompetitionStats(competition: Competition) {
  // updatedAt in the key: new tracks or rounds mean new counts.
  return useAsync(`competition-stats:${competition.id}:${competition.updatedAt}`, () =>
    getCompetitionStats(competition),
  );
}
