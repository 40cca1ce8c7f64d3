import { collectionGroup, getDocs, limit, query, where } from 'firebase/firestore/lite';
import type { Member } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { db } from '@/lib/firebase/firestore';
import { memberConverter } from '@/lib/firebase/converters';
import { fetchPage } from '@/lib/firebase/pagination';

// A user's memberships across competitions: collection group `members`,
// `uid == auth.uid` (rules: a member may read their own membership).
const myMemberships = (uid: string) =>
  query(collectionGroup(db, 'members').withConverter(memberConverter), where('uid', '==', uid));

/**
 * Enough memberships to choose the home page: none, exactly one (go
 * there) or several (the chooser). Two documents answer that.
 */
export async function findHomeMemberships(uid: string): Promise<Member[]> {
  const snapshot = await getDocs(query(myMemberships(uid), limit(2)));
  return snapshot.docs.map((d) => d.data());
}

export async function listMyMemberships(
  uid: string,
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<Member>> {
  const page = await fetchPage(myMemberships(uid), cursor, pageSize);
  return { items: page.items.map((d) => d.data()), next: page.next };
}
