import { FieldPath, type DocumentSnapshot, type Query } from 'firebase-admin/firestore';

/** Large enough to need few round trips, small enough that a page's snapshots are a few MB. */
export const PAGE_SIZE = 1000;

/**
 * Every document of `query`, read PAGE_SIZE at a time in document-id order
 * and handed page by page to `take`, which keeps only what it needs: a
 * 30,000-entry round has 150,000 sheets, and holding all their snapshots
 * (comments included) at once would need far more memory than the values the
 * computation uses.
 */
export async function readInPages(query: Query, take: (page: DocumentSnapshot[]) => void): Promise<number> {
  let last: DocumentSnapshot | undefined;
  let read = 0;
  for (;;) {
    let page = query.orderBy(FieldPath.documentId()).limit(PAGE_SIZE);
    if (last) page = page.startAfter(last);
    const snap = await page.get();
    if (snap.empty) return read;
    take(snap.docs);
    read += snap.size;
    if (snap.size < PAGE_SIZE) return read;
    last = snap.docs[snap.size - 1];
  }
}
