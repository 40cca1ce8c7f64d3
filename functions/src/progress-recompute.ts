import { type DocumentReference, type Query, Timestamp } from 'firebase-admin/firestore';
import {
  entryProgressId,
  isBelowMinimum,
  judgeProgressId,
  minimumSheets,
  roundProgressId,
  type ProgressTargets,
} from '../../src/domain/progress';
import { db } from './admin';
import { knownFresh, micros, rememberAsOf, storedAsOf, writeIfNewer } from './progress-guarded-write';
import {
  assignmentsPath,
  competitionPath,
  entryProgressPath,
  judgeProgressPath,
  roundProgressPath,
  sheetsPath,
} from './paths';

interface Counted {
  n: number;
  readTime: Timestamp;
}

async function count(query: Query): Promise<Counted> {
  const snap = await query.count().get();
  return { n: snap.data().count, readTime: snap.readTime };
}

/** The earliest read time: every count includes every write committed by then. */
const earliest = (times: Timestamp[]): Timestamp => times.reduce((a, b) => (micros(b) < micros(a) ? b : a));

const sheets = (cid: string) => db.collection(sheetsPath(cid));
const assignments = (cid: string) => db.collection(assignmentsPath(cid));

async function recomputeRound(cid: string, roundId: string): Promise<void> {
  const ofRound = sheets(cid).where('roundId', '==', roundId);
  const [assigned, submitted, drafts, recused] = await Promise.all([
    count(assignments(cid).where('roundIds', 'array-contains', roundId)),
    count(ofRound.where('status', '==', 'submitted')),
    count(ofRound.where('status', '==', 'draft')),
    count(ofRound.where('status', '==', 'recused')),
  ]);
  const asOf = earliest([assigned, submitted, drafts, recused].map((c) => c.readTime));
  await writeIfNewer(db.doc(roundProgressPath(cid, roundProgressId(roundId))), asOf, {
    roundId,
    assigned: assigned.n,
    submitted: submitted.n,
    drafts: drafts.n,
    recused: recused.n,
  });
}

async function recomputeJudge(cid: string, roundId: string, judgeUid: string): Promise<void> {
  const own = sheets(cid).where('judgeUid', '==', judgeUid).where('roundId', '==', roundId);
  const [assigned, submitted, drafts, recused, latest] = await Promise.all([
    count(assignments(cid).where('judgeUid', '==', judgeUid).where('roundIds', 'array-contains', roundId)),
    count(own.where('status', '==', 'submitted')),
    count(own.where('status', '==', 'draft')),
    count(own.where('status', '==', 'recused')),
    own.orderBy('updatedAt', 'desc').limit(1).select('updatedAt').get(),
  ]);
  const asOf = earliest([...[assigned, submitted, drafts, recused].map((c) => c.readTime), latest.readTime]);
  const last: unknown = latest.docs[0]?.get('updatedAt');
  await writeIfNewer(db.doc(judgeProgressPath(cid, judgeProgressId(roundId, judgeUid))), asOf, {
    roundId,
    judgeUid,
    assigned: assigned.n,
    submitted: submitted.n,
    drafts: drafts.n,
    recused: recused.n,
    lastActivityAt: last instanceof Timestamp ? last : null,
  });
}

async function recomputeEntry(cid: string, roundId: string, entryId: string, minimum: number): Promise<void> {
  const own = sheets(cid).where('entryId', '==', entryId).where('roundId', '==', roundId);
  const [assigned, submitted, recused] = await Promise.all([
    count(assignments(cid).where('entryId', '==', entryId).where('roundIds', 'array-contains', roundId)),
    count(own.where('status', '==', 'submitted')),
    count(own.where('status', '==', 'recused')),
  ]);
  const asOf = earliest([assigned, submitted, recused].map((c) => c.readTime));
  await writeIfNewer(db.doc(entryProgressPath(cid, entryProgressId(roundId, entryId))), asOf, {
    roundId,
    entryId,
    assigned: assigned.n,
    submitted: submitted.n,
    recused: recused.n,
    minimum,
    belowMinimum: isBelowMinimum(submitted.n, minimum),
  });
}

/**
 * When the change was committed: the written document's update time. null
 * for a deletion, which is then always recomputed: the event's own time is
 * no safe stand-in (the emulator gives a deletion a time before its commit).
 */
export function committedAt(event: {
  data?: { after: { exists: boolean; updateTime?: Timestamp } };
}): Timestamp | null {
  const after = event.data?.after;
  return after?.exists && after.updateTime ? after.updateTime : null;
}

/**
 * Recomputes the progress documents a change touched from the stored sheets
 * and assignments. A document whose counts were read after the change was
 * committed already includes it and is left alone (`committedAt`; a
 * deletion is always recomputed): a burst of writes,
 * like the demo seed, costs about one recompute per document, not one per
 * write, and most of its events not even a read (knownFresh). Nothing is
 * written for a competition that no longer exists (a test suite clearing
 * the emulator while triggers still run).
 */
export async function recomputeProgress(
  cid: string,
  targets: ProgressTargets,
  committedAt: Timestamp | null,
): Promise<void> {
  // Test runs that re-seed the demo again and again turn the recounts off
  // (scripts/emulators/with-emulators.mjs --no-progress-triggers): each
  // re-seed would queue some 1,500 of them, which the Functions emulator
  // works through one at a time. The triggers still run, and end here.
  if (process.env.JUDGING_PROGRESS_TRIGGERS === 'off') return;
  type Job = { ref: DocumentReference; run: (minimum: number) => Promise<void> };
  const jobs: Job[] = [
    ...targets.rounds.map((r) => ({
      ref: db.doc(roundProgressPath(cid, roundProgressId(r))),
      run: () => recomputeRound(cid, r),
    })),
    ...targets.judges.map((j) => ({
      ref: db.doc(judgeProgressPath(cid, judgeProgressId(j.roundId, j.judgeUid))),
      run: () => recomputeJudge(cid, j.roundId, j.judgeUid),
    })),
    ...targets.entries.map((e) => ({
      ref: db.doc(entryProgressPath(cid, entryProgressId(e.roundId, e.entryId))),
      run: (minimum: number) => recomputeEntry(cid, e.roundId, e.entryId, minimum),
    })),
  ].filter((job) => !committedAt || !knownFresh(job.ref.path, committedAt));
  if (jobs.length === 0) return;

  const [competition, ...stored] = await db.getAll(db.doc(competitionPath(cid)), ...jobs.map((j) => j.ref));
  if (!competition?.exists) return;
  const minimum = minimumSheets(competition.get('aggregation.minSheets'));
  await Promise.all(
    jobs.map((job, i) => {
      const asOf = storedAsOf(stored[i]?.data());
      if (asOf) rememberAsOf(job.ref.path, asOf);
      const counted = committedAt && asOf && micros(asOf) > micros(committedAt);
      return counted ? null : job.run(minimum);
    }),
  );
}
