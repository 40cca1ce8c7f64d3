import { doc, getDoc } from 'firebase/firestore/lite';
import type { Entry } from '@/domain/model';
import { NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, entryIdentityConverter } from '@/lib/firebase/converters';

export interface ReceiptData {
  entry: Entry;
  /** '' when the identity document is missing or unreadable: the receipt still stands without it. */
  teamName: string;
}

/**
 * What the receipt shows, read from the server once (Firestore Lite): the
 * entry (its status, number and `submittedAt` set by submitEntry) and the
 * team's name from `entryIdentities/{eid}` (rules: the owning team may read
 * both). A missing entry, or one the rules refuse, is NotFoundError or the
 * SDK's permission-denied: the page shows both as "not found or no access".
 */
export async function getReceipt(cid: string, eid: string): Promise<ReceiptData> {
  const entry = await getDoc(doc(db, 'competitions', cid, 'entries', eid).withConverter(entryConverter));
  const data = entry.data();
  if (!data) throw new NotFoundError(`entry ${eid}`);
  const identity = await getDoc(
    doc(db, 'competitions', cid, 'entryIdentities', eid).withConverter(entryIdentityConverter),
  ).catch(() => null);
  return { entry: data, teamName: identity?.data()?.teamName ?? '' };
}
