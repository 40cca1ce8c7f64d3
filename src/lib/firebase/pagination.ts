import { getDocs, limit, query, startAfter, type Query, type QueryDocumentSnapshot } from 'firebase/firestore/lite';
import type { Page, PageCursor } from '@/lib/async/pagination';

/**
 * Reads one page of `base` after `cursor`. Asks for one document more than
 * the page size to know whether another page exists without a count query.
 */
export async function fetchPage<T>(
  base: Query<T>,
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<QueryDocumentSnapshot<T>>> {
  const after = cursor as unknown as QueryDocumentSnapshot<T> | null;
  const q = after ? query(base, startAfter(after), limit(pageSize + 1)) : query(base, limit(pageSize + 1));
  const snapshot = await getDocs(q);
  const docs = snapshot.docs.slice(0, pageSize);
  const last = docs[docs.length - 1];
  const next = snapshot.docs.length > pageSize && last ? (last as unknown as PageCursor) : null;
  return { items: docs, next };
}
