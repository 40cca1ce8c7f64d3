import { collection, orderBy, query, where, type QueryDocumentSnapshot } from 'firebase/firestore/lite';
import type { AuditEvent } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { db } from '@/lib/firebase/firestore';
import { toMillis } from '@/lib/firebase/converters';
import { fetchPage } from '@/lib/firebase/pagination';

export const AUDIT_PAGE_SIZE = 50;

/** One filter at a time: each has its composite index (firestore.indexes.json). */
export type AuditFilter = { kind: 'all' } | { kind: 'type'; type: string } | { kind: 'person'; uid: string };

function readEvent(d: QueryDocumentSnapshot): AuditEvent {
  const raw = d.data() as Record<string, unknown>;
  const subject = (raw.subject && typeof raw.subject === 'object' ? raw.subject : {}) as Record<string, unknown>;
  return {
    id: d.id,
    type: typeof raw.type === 'string' ? raw.type : '',
    actorUid: typeof raw.actorUid === 'string' ? raw.actorUid : '',
    at: toMillis(raw.at) ?? 0,
    subject: {
      kind: typeof subject.kind === 'string' ? subject.kind : '',
      id: typeof subject.id === 'string' ? subject.id : '',
    },
    data: raw.data && typeof raw.data === 'object' ? (raw.data as Record<string, unknown>) : {},
  };
}

/**
 * One page of `competitions/{cid}/audit`, newest first (organizers read it;
 * functions alone write it), filtered by type or by who acted.
 */
export async function listAuditEvents(
  cid: string,
  filter: AuditFilter,
  cursor: PageCursor | null,
): Promise<Page<AuditEvent>> {
  const col = collection(db, 'competitions', cid, 'audit');
  const base =
    filter.kind === 'type'
      ? query(col, where('type', '==', filter.type), orderBy('at', 'desc'))
      : filter.kind === 'person'
        ? query(col, where('actorUid', '==', filter.uid), orderBy('at', 'desc'))
        : query(col, orderBy('at', 'desc'));
  const page = await fetchPage(base, cursor, AUDIT_PAGE_SIZE);
  return { items: page.items.map(readEvent), next: page.next };
}
