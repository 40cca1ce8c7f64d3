import { useAsync } from '@/lib/async/use-async';
import { loadAssignmentSetup } from '../api/assignment-setup';

/** The judges, entries and stored plan the page starts from, for one round. */
export function useAssignmentSetup(cid: string, roundId: string) {
  return useAsync(`assignment-setup:${cid}:${roundId}`, () => loadAssignmentSetup(cid, roundId));
}
