import { useAsync } from '@/lib/async/use-async';
import { getRoundWork } from '../api/judge-work';

/** The judge's assignments and sheets of one round. */
export function useRoundWork(cid: string, uid: string, roundId: string) {
  return useAsync(`judge-work:${cid}:${uid}:${roundId}`, () => getRoundWork(cid, uid, roundId));
}
