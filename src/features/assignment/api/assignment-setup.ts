import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore/lite';
import { z } from 'zod';
import { callableCode } from '@/lib/errors';
import { db } from '@/lib/firebase/firestore';
import { entryConverter, memberConverter } from '@/lib/firebase/converters';
import type { AssignStrategy, TrackPool } from './assign-round';

/** A judge as the organizer chooses them: who they are, where they work, what they know. */
export interface JudgeOption {
  uid: string;
  displayName: string;
  email: string;
  organizations: string[];
  tags: string[];
  /** The tracks whose pool the judge is in (people page); empty: every track. */
  trackIds: string[];
}

/** What the page says about an entry: its code (E-017) and track. */
export interface EntrySummary {
  id: string;
  code: string;
  title: string;
  trackId: string;
  /** Only submitted entries compete in a round. */
  competing: boolean;
}

/** The plan last committed for a round (written by assignRound). */
export interface StoredPlan {
  strategy: AssignStrategy;
  pools: TrackPool[];
}

export interface AssignmentSetup {
  judges: JudgeOption[];
  entries: EntrySummary[];
  plan: StoredPlan | null;
}

const planSchema = z.object({
  strategy: z.enum(['engine', 'every-judge']),
  pools: z.array(z.object({ trackId: z.string(), k: z.number().int(), judgeUids: z.array(z.string()) })),
});

const col = (cid: string, name: string) => collection(db, 'competitions', cid, name);

/**
 * What the organizer chooses from, for one round (rules: only organizers
 * list members and entries, and read `assignmentPlans`). Reads, under
 * `competitions/{cid}`: `members` where role == 'judge'; all `entries`
 * (their codes name the pairs and the engine's reasons);
 * `assignmentPlans/{roundId}`.
 */
export async function loadAssignmentSetup(cid: string, roundId: string): Promise<AssignmentSetup> {
  const [judgeSnaps, entrySnaps, plan] = await Promise.all([
    getDocs(query(col(cid, 'members').withConverter(memberConverter), where('role', '==', 'judge'))),
    getDocs(col(cid, 'entries').withConverter(entryConverter)),
    loadPlan(cid, roundId),
  ]);
  // In the order they were invited as (judge1, judge2, …), the same on every visit.
  const judges = judgeSnaps.docs
    .map((d) => d.data())
    .map(({ uid, displayName, email, organizations, tags, trackIds }) => ({
      uid,
      displayName,
      email,
      organizations,
      tags,
      trackIds,
    }))
    .sort((a, b) => a.email.localeCompare(b.email) || a.uid.localeCompare(b.uid));
  const entries = entrySnaps.docs
    .map((d) => d.data())
    .map(({ id, code, title, trackId, status }) => ({ id, code, title, trackId, competing: status === 'submitted' }));
  return { judges, entries, plan };
}

/**
 * The stored plan, or null when the round was never assigned from the page.
 * A plan that cannot be read (a document of another shape, or rules that do
 * not let this organizer read it) falls back to the defaults: the page is
 * still usable, only its starting values differ.
 */
async function loadPlan(cid: string, roundId: string): Promise<StoredPlan | null> {
  try {
    const snap = await getDoc(doc(db, 'competitions', cid, 'assignmentPlans', roundId));
    if (!snap.exists()) return null;
    const parsed = planSchema.safeParse(snap.data());
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (callableCode(error) === 'permission-denied') return null;
    throw error;
  }
}
