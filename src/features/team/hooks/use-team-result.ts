import type { CompetitionStatus } from '@/domain/model';
import { useAsync } from '@/lib/async/use-async';
import { getFeedback, getLatestVersion, listTeamObjections } from '../api/team-result';

/** Nothing can be published before judging starts: no read until then. */
const MAY_HAVE_RESULTS: readonly CompetitionStatus[] = ['review', 'final', 'closed'];

export function useLatestVersion(cid: string, status: CompetitionStatus) {
  return useAsync(MAY_HAVE_RESULTS.includes(status) ? `team-version:${cid}` : null, () => getLatestVersion(cid));
}

export function useTeamObjections(cid: string, uid: string | null, reload: number) {
  return useAsync(uid ? `team-objections:${cid}:${uid}:${reload}` : null, () => listTeamObjections(cid, uid!));
}

export function useFeedback(cid: string, entryId: string, versionId: string) {
  return useAsync(`team-feedback:${cid}:${entryId}:${versionId}`, () => getFeedback(cid, entryId));
}
