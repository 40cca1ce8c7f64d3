import { useAsync } from '@/lib/async/use-async';
import { getMyMembership, getPublicCompetition } from '../api/public-competitions';

/** One public competition (null: none to show). */
export function usePublicCompetition(cid: string) {
  return useAsync(`public-competition:${cid}`, () => getPublicCompetition(cid));
}

/** The user's membership of `cid`; waits while `uid` is null (signed out or restoring). */
export function useMyMembership(cid: string, uid: string | null) {
  return useAsync(uid === null ? null : `my-membership:${cid}:${uid}`, () => getMyMembership(cid, uid ?? ''));
}
