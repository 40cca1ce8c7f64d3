import { collection, getDocs, limit, orderBy, query, type DocumentData } from 'firebase/firestore/lite';
import type { PublishedVersion } from '@/domain/publication';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { db } from '@/lib/firebase/firestore';
import { toMillis } from '@/lib/firebase/converters';
import { fetchPage } from '@/lib/firebase/pagination';

export interface VersionRow extends PublishedVersion {
  publishedBy: string;
}

export const VERSIONS_PAGE_SIZE = 10;

const versionsQuery = (cid: string) =>
  query(collection(db, 'competitions', cid, 'publishedResults'), orderBy('version', 'desc'));

function readVersion(id: string, d: DocumentData): VersionRow {
  return {
    ...(d as PublishedVersion),
    id,
    publishedAt: toMillis(d.publishedAt) ?? 0,
    computedAt: toMillis(d.computedAt) ?? 0,
    noticeUntil: toMillis(d.noticeUntil),
    reason: typeof d.reason === 'string' && d.reason ? d.reason : null,
    tiers: Array.isArray(d.tiers) ? (d.tiers as PublishedVersion['tiers']) : [],
    publishedBy: typeof d.publishedBy === 'string' ? d.publishedBy : '',
  };
}

/** One page of the competition's published versions, newest first. */
export async function loadVersionsPage(cid: string, cursor: PageCursor | null): Promise<Page<VersionRow>> {
  const page = await fetchPage(versionsQuery(cid), cursor, VERSIONS_PAGE_SIZE);
  return { items: page.items.map((s) => readVersion(s.id, s.data())), next: page.next };
}

/** The latest version (whatever its round), or null before the first publication. */
export async function loadLatestVersion(cid: string): Promise<VersionRow | null> {
  const snapshot = await getDocs(query(versionsQuery(cid), limit(1)));
  const first = snapshot.docs[0];
  return first ? readVersion(first.id, first.data()) : null;
}
