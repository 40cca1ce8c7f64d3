import { useAsync } from '@/lib/async/use-async';
import { findHomeMemberships } from '../api/memberships';

/** Up to two of the user's memberships: enough to pick the home page. */
export function useHomeMemberships(uid: string) {
  return useAsync(`home-memberships:${uid}`, () => findHomeMemberships(uid));
}
