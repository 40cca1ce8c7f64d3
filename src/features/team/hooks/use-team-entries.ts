import { usePaginated } from '@/lib/async/use-paginated';
import { listTeamEntries } from '../api/team-entries';

/** A team rarely has more than one or two entries; ten per page is plenty. */
export const TEAM_PAGE_SIZE = 10;

export function useTeamEntries(cid: string, entryIds: readonly string[]) {
  return usePaginated(`team-entries:${cid}:${entryIds.join(',')}`, (cursor) =>
    listTeamEntries(cid, entryIds, cursor, TEAM_PAGE_SIZE),
  );
}
