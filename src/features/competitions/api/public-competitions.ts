import { collection, doc, getDoc, orderBy, query, where } from 'firebase/firestore/lite';
import type { Competition, Member } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { errorCode } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { competitionConverter, memberConverter } from '@/lib/firebase/converters';
import { fetchPage } from '@/lib/firebase/pagination';

// Public competitions in their registration phase, the deadline nearest
// first. Rules let anyone, signed out too, list competitions only with
// `visibility == 'public'` in the query (index: firestore.indexes.json).
const openCompetitions = () =>
  query(
    collection(db, 'competitions').withConverter(competitionConverter),
    where('visibility', '==', 'public'),
    where('status', '==', 'registration'),
    orderBy('submissionDeadline'),
  );

export async function listOpenCompetitions(cursor: PageCursor | null, pageSize: number): Promise<Page<Competition>> {
  const page = await fetchPage(openCompetitions(), cursor, pageSize);
  return { items: page.items.map((d) => d.data()), next: page.next };
}

/**
 * A competition as anyone may see it, or null when there is none to show:
 * missing, private, or refused by the rules. Rules refuse a missing document
 * and a private one alike (they cannot read `visibility` of nothing), so the
 * page cannot tell them apart, and must not: a private competition's
 * existence is not public either.
 */
export async function getPublicCompetition(cid: string): Promise<Competition | null> {
  try {
    const snapshot = await getDoc(doc(db, 'competitions', cid).withConverter(competitionConverter));
    const competition = snapshot.data();
    return competition && competition.visibility === 'public' ? competition : null;
  } catch (error) {
    if (errorCode(error) === 'permission-denied') return null;
    throw error;
  }
}

/**
 * The signed-in user's membership of `cid`, or null (rules let a user get
 * their own member document, also when it does not exist).
 */
export async function getMyMembership(cid: string, uid: string): Promise<Member | null> {
  const snapshot = await getDoc(doc(db, 'competitions', cid, 'members', uid).withConverter(memberConverter));
  return snapshot.data() ?? null;
}
