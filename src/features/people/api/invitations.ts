import { collection, doc, getDoc, orderBy, query } from 'firebase/firestore/lite';
import type { Invitation } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { invitationConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';
import { fetchPage } from '@/lib/firebase/pagination';

const invitations = (cid: string) =>
  collection(db, 'competitions', cid, 'invitations').withConverter(invitationConverter);

/** A competition's invitations, newest first (rules: organizers list them). */
export async function listInvitations(
  cid: string,
  cursor: PageCursor | null,
  pageSize = 20,
): Promise<Page<Invitation>> {
  const page = await fetchPage(query(invitations(cid), orderBy('createdAt', 'desc')), cursor, pageSize);
  return { items: page.items.map((d) => d.data()), next: page.next };
}

/** One invitation by its token, or null (rules: anyone holding the link may get it, signed out too). */
export async function getInvitation(cid: string, token: string): Promise<Invitation | null> {
  const snap = await getDoc(doc(invitations(cid), token));
  return snap.exists() ? snap.data() : null;
}
