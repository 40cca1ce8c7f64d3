import { collection, orderBy, query, where } from 'firebase/firestore/lite';
import type { Objection } from '@/domain/model/results-docs';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { db } from '@/lib/firebase/firestore';
import { objectionConverter } from '@/lib/firebase/objection-converter';
import { fetchPage } from '@/lib/firebase/pagination';

export type ObjectionFilter = 'all' | 'open' | 'answered';
export const OBJECTIONS_PAGE_SIZE = 20;

/**
 * A page of the competition's objections, newest first (rules: organizers
 * list them). "Answered" is upheld or dismissed; the filtered queries need
 * the composite indexes (status, raisedAt desc) in firestore.indexes.json.
 */
export async function listObjections(
  cid: string,
  filter: ObjectionFilter,
  cursor: PageCursor | null,
): Promise<Page<Objection>> {
  const base = collection(db, 'competitions', cid, 'objections').withConverter(objectionConverter);
  const newest = orderBy('raisedAt', 'desc');
  const q =
    filter === 'open'
      ? query(base, where('status', '==', 'open'), newest)
      : filter === 'answered'
        ? query(base, where('status', 'in', ['upheld', 'dismissed']), newest)
        : query(base, newest);
  const page = await fetchPage(q, cursor, OBJECTIONS_PAGE_SIZE);
  return { items: page.items.map((d) => d.data()), next: page.next };
}
