import { collectionGroup, query, where } from 'firebase/firestore/lite';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { memberConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';
import { fetchPage } from '@/lib/firebase/pagination';
import { loadCompetition } from './load-competition';

export interface OrganizedCompetition {
  id: string;
  title: string;
  titleEn: string;
}

/**
 * A page of the competitions the user organizes, to copy one. Reads the
 * user's own member documents (collection group `members`, `uid == uid`,
 * the index the competitions home uses) and keeps the organizer ones; a
 * role filter in the query would need another collection-group index.
 */
export async function listOrganizedCompetitions(
  uid: string,
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<OrganizedCompetition>> {
  const base = query(collectionGroup(db, 'members').withConverter(memberConverter), where('uid', '==', uid));
  const page = await fetchPage(base, cursor, pageSize);
  const organizer = page.items.map((d) => d.data()).filter((m) => m.role === 'organizer');
  const items = await Promise.all(
    organizer.map(async (m) => {
      const c = await loadCompetition(m.competitionId).catch(() => null);
      return { id: m.competitionId, title: c?.title ?? m.competitionId, titleEn: c?.titleEn ?? '' };
    }),
  );
  return { items, next: page.next };
}
