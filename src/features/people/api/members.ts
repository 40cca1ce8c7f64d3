import { collection, doc, getCount, getDocs, query, updateDoc, where } from 'firebase/firestore/lite';
import type { Member } from '@/domain/model';
import type { Page, PageCursor } from '@/lib/async/pagination';
import { memberConverter } from '@/lib/firebase/converters';
import { db } from '@/lib/firebase/firestore';
import { fetchPage } from '@/lib/firebase/pagination';

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);
const members = (cid: string) => col(cid, 'members').withConverter(memberConverter);

/** Every organizer of the competition (a handful; rules: organizers list members). */
export async function listOrganizers(cid: string): Promise<Member[]> {
  const snap = await getDocs(query(members(cid), where('role', '==', 'organizer')));
  return snap.docs.map((d) => d.data()).sort((a, b) => a.addedAt - b.addedAt || a.uid.localeCompare(b.uid));
}

/** The judges, a page at a time (in document order: stable across pages). */
export async function listJudges(cid: string, cursor: PageCursor | null, pageSize = 20): Promise<Page<Member>> {
  const page = await fetchPage(query(members(cid), where('role', '==', 'judge')), cursor, pageSize);
  return { items: page.items.map((d) => d.data()), next: page.next };
}

export interface JudgeProgress {
  submitted: number;
  assigned: number;
}

/**
 * A judge's sheets submitted and entries assigned, in one round (the open
 * one) or all rounds (roundId null): two count aggregations, no documents
 * read, so a page of judges stays cheap.
 */
export async function loadJudgeProgress(cid: string, uid: string, roundId: string | null): Promise<JudgeProgress> {
  const sheets = [where('judgeUid', '==', uid), where('status', '==', 'submitted')];
  const assignments = [where('judgeUid', '==', uid)];
  if (roundId) {
    sheets.push(where('roundId', '==', roundId));
    assignments.push(where('roundIds', 'array-contains', roundId));
  }
  const [submitted, assigned] = await Promise.all([
    getCount(query(col(cid, 'sheets'), ...sheets)),
    getCount(query(col(cid, 'assignments'), ...assignments)),
  ]);
  return { submitted: submitted.data().count, assigned: assigned.data().count };
}

/** What an organizer may change on a judge's member doc (rules: these four fields only). */
export type JudgeProfile = Pick<Member, 'tags' | 'organizations' | 'conflicts' | 'trackIds'>;

export async function updateJudgeProfile(cid: string, uid: string, profile: JudgeProfile): Promise<void> {
  const { tags, organizations, conflicts, trackIds } = profile;
  await updateDoc(doc(members(cid), uid), { tags, organizations, conflicts, trackIds });
}
