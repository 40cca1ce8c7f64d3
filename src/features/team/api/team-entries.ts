import { doc, getDoc } from 'firebase/firestore/lite';
import type { Entry, EntryIdentity } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, entryIdentityConverter } from '@/lib/firebase/converters';

export interface TeamEntry {
  entry: Entry;
  /** null when the team has not filled it in yet. */
  identity: EntryIdentity | null;
}

async function getTeamEntry(cid: string, eid: string): Promise<TeamEntry> {
  const [entry, identity] = await Promise.all([
    getDoc(doc(db, 'competitions', cid, 'entries', eid).withConverter(entryConverter)),
    getDoc(doc(db, 'competitions', cid, 'entryIdentities', eid).withConverter(entryIdentityConverter)),
  ]);
  const data = entry.data();
  if (!data) throw new NotFoundError(`entry ${eid}`);
  return { entry: data, identity: identity.data() ?? null };
}

/**
 * A page of the team's entries, from the ids on its membership
 * (`member.entryIds`): per entry one `get` of `entries/{eid}` and one of
 * `entryIdentities/{eid}` (rules: the owning team may read both). The cursor
 * is the offset into `entryIds`.
 */
export async function listTeamEntries(
  cid: string,
  entryIds: readonly string[],
  cursor: PageCursor | null,
  pageSize: number,
): Promise<Page<TeamEntry>> {
  const start = cursor === null ? 0 : (cursor as unknown as number);
  const end = start + pageSize;
  const items = await Promise.all(entryIds.slice(start, end).map((eid) => getTeamEntry(cid, eid)));
  return { items, next: end < entryIds.length ? (end as unknown as PageCursor) : null };
}
