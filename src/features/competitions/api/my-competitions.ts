import type { Competition, Member } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { getCompetition } from './competition-access';
import { listMyMemberships } from './memberships';

export interface MyCompetition {
  member: Member;
  /** null when the competition document could not be read. */
  competition: Competition | null;
}

/** A page of the user's memberships with their competitions (one read each). */
export async function listMyCompetitions(
  uid: string,
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<MyCompetition>> {
  const page = await listMyMemberships(uid, cursor, pageSize);
  const items = await Promise.all(
    page.items.map(async (member) => ({
      member,
      competition: await getCompetition(member.competitionId).catch(() => null),
    })),
  );
  return { items, next: page.next };
}
