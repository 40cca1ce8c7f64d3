import { doc, getDoc } from 'firebase/firestore/lite';
import type { Competition, Member } from '@/domain/model';
import { errorCode, NotFoundError } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { competitionConverter, memberConverter } from '@/lib/firebase/converters';

export type CompetitionAccess = { kind: 'member'; member: Member; competition: Competition } | { kind: 'none' };

export async function getCompetition(cid: string): Promise<Competition> {
  const snapshot = await getDoc(doc(db, 'competitions', cid).withConverter(competitionConverter));
  const competition = snapshot.data();
  if (!competition) throw new NotFoundError(`competition ${cid}`);
  return competition;
}

/**
 * The user's membership of `cid` and the competition. Not a member (no
 * document, or rules refuse it) means no access, not an error.
 * Reads: `competitions/{cid}/members/{uid}`, then `competitions/{cid}`.
 */
export async function getCompetitionAccess(cid: string, uid: string): Promise<CompetitionAccess> {
  let member: Member | undefined;
  try {
    const snapshot = await getDoc(doc(db, 'competitions', cid, 'members', uid).withConverter(memberConverter));
    member = snapshot.data();
  } catch (error) {
    if (errorCode(error) === 'permission-denied') return { kind: 'none' };
    throw error;
  }
  if (!member) return { kind: 'none' };
  return { kind: 'member', member, competition: await getCompetition(cid) };
}
