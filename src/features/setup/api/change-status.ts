import { httpsCallable } from 'firebase/functions';
import type { CompetitionStatus } from '@/domain/model';
import { functions } from '@/lib/firebase/functions';

/**
 * Takes the competition one step along its life through
 * changeCompetitionStatus, which checks the step again. A refused step throws
 * failed-precondition with `{ reason: 'status-refused', refusals }`: read it
 * with `toSettingsError` and `statusRefusals`.
 */
export async function changeCompetitionStatus(
  competitionId: string,
  to: CompetitionStatus,
): Promise<CompetitionStatus> {
  const call = httpsCallable<{ competitionId: string; to: CompetitionStatus }, { status: CompetitionStatus }>(
    functions,
    'changeCompetitionStatus',
  );
  const { data } = await call({ competitionId, to });
  return data.status;
}
