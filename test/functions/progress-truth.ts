// What the progress documents must say, counted from the stored sheets and
// assignments themselves, and what they do say: the progress suites compare
// the two until they agree (the triggers run after the writes).
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { minimumSheets } from '../../src/domain/progress';

export const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));

interface Counts {
  assigned: number;
  submitted: number;
  drafts: number;
  recused: number;
}
const zero = (): Counts => ({ assigned: 0, submitted: 0, drafts: 0, recused: 0 });
const STATUS_FIELD = { submitted: 'submitted', draft: 'drafts', recused: 'recused' } as const;

export interface Progress {
  round: Counts;
  judges: Record<string, Counts & { lastActivityAt: number | null }>;
  entries: Record<string, Omit<Counts, 'drafts'> & { minimum: number; belowMinimum: boolean }>;
}

const millis = (v: unknown) => (v instanceof Timestamp ? v.toMillis() : null);

/** The progress of `roundId` as the stored sheets and assignments have it. */
export async function truth(cid: string, roundId: string): Promise<Progress> {
  const base = `competitions/${cid}`;
  const [competition, sheets, assignments] = await Promise.all([
    db().doc(base).get(),
    db().collection(`${base}/sheets`).where('roundId', '==', roundId).get(),
    db().collection(`${base}/assignments`).where('roundIds', 'array-contains', roundId).get(),
  ]);
  const minimum = minimumSheets(competition.get('aggregation.minSheets'));
  const round = zero();
  const judges: Progress['judges'] = {};
  const entries: Record<string, Counts> = {};
  const judge = (uid: string) => (judges[uid] ??= { ...zero(), lastActivityAt: null });
  const entry = (id: string) => (entries[id] ??= zero());
  for (const a of assignments.docs) {
    round.assigned++;
    judge(a.get('judgeUid') as string).assigned++;
    entry(a.get('entryId') as string).assigned++;
  }
  for (const s of sheets.docs) {
    const field = STATUS_FIELD[s.get('status') as keyof typeof STATUS_FIELD];
    const j = judge(s.get('judgeUid') as string);
    const e = entry(s.get('entryId') as string);
    const at = millis(s.get('updatedAt'));
    if (at !== null && (j.lastActivityAt === null || at > j.lastActivityAt)) j.lastActivityAt = at;
    if (!field) continue;
    round[field]++;
    j[field]++;
    e[field]++;
  }
  return {
    round,
    judges,
    entries: Object.fromEntries(
      Object.entries(entries).map(([id, { assigned, submitted, recused }]) => [
        id,
        { assigned, submitted, recused, minimum, belowMinimum: submitted < minimum },
      ]),
    ),
  };
}

/**
 * The progress of `roundId` as the progress documents have it. Documents
 * counting nothing are left out (a judge or entry that lost every pair of the
 * round keeps a document of zeros, which is the same as none).
 */
export async function stored(cid: string, roundId: string): Promise<Progress> {
  const base = `competitions/${cid}`;
  const [round, judges, entries] = await Promise.all([
    db().doc(`${base}/roundProgress/${roundId}`).get(),
    db().collection(`${base}/judgeProgress`).where('roundId', '==', roundId).get(),
    db().collection(`${base}/entryProgress`).where('roundId', '==', roundId).get(),
  ]);
  const counts = (d: FirebaseFirestore.DocumentSnapshot): Counts => ({
    assigned: (d.get('assigned') as number | undefined) ?? 0,
    submitted: (d.get('submitted') as number | undefined) ?? 0,
    drafts: (d.get('drafts') as number | undefined) ?? 0,
    recused: (d.get('recused') as number | undefined) ?? 0,
  });
  const some = (c: Counts) => c.assigned + c.submitted + c.drafts + c.recused > 0;
  return {
    round: counts(round),
    judges: Object.fromEntries(
      judges.docs
        .filter((d) => some(counts(d)) || d.get('lastActivityAt') !== null)
        .map((d) => [d.get('judgeUid') as string, { ...counts(d), lastActivityAt: millis(d.get('lastActivityAt')) }]),
    ),
    entries: Object.fromEntries(
      entries.docs
        .filter((d) => some(counts(d)))
        .map((d) => {
          const { assigned, submitted, recused } = counts(d);
          const extra = { minimum: d.get('minimum') as number, belowMinimum: d.get('belowMinimum') as boolean };
          return [d.get('entryId') as string, { assigned, submitted, recused, ...extra }];
        }),
    ),
  };
}

/** Polls until the progress documents say what the stored sheets say; the last pair compared when they never do. */
export async function settled(cid: string, roundId: string, patienceMs = 180_000) {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const [want, have] = await Promise.all([truth(cid, roundId), stored(cid, roundId)]);
    if (JSON.stringify(sorted(want)) === JSON.stringify(sorted(have)) || Date.now() > deadline) {
      return { want, have };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function sorted(p: Progress) {
  const keys = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { round: p.round, judges: keys(p.judges), entries: keys(p.entries) };
}
