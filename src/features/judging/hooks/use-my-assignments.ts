import { PAGE_SIZE } from '@/lib/async/pagination';
import { useAsync } from '@/lib/async/use-async';
import { usePaginated } from '@/lib/async/use-paginated';
import { getMyProgress, listMyAssignments } from '../api/assignments';

/** The judge's assignments for a round, 20 at a time (null round: none). */
export function useMyAssignments(cid: string, uid: string, roundId: string | null) {
  return usePaginated(roundId ? `assignments:${cid}:${uid}:${roundId}` : null, (cursor) =>
    listMyAssignments(cid, uid, roundId ?? '', cursor, PAGE_SIZE),
  );
}

export function useMyProgress(cid: string, uid: string, roundId: string | null) {
  return useAsync(roundId ? `judge-progress:${cid}:${uid}:${roundId}` : null, () =>
    getMyProgress(cid, uid, roundId ?? ''),
  );
}
