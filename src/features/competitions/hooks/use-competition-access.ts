import { useAsync } from '@/lib/async/use-async';
import { getCompetitionAccess } from '../api/competition-access';

/** Whether the user belongs to `cid`, with the membership and competition. */
export function useCompetitionAccess(cid: string, uid: string) {
  return useAsync(`competition-access:${cid}:${uid}`, () => getCompetitionAccess(cid, uid));
}
