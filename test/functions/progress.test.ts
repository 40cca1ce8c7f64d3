// The progress documents (roundProgress, judgeProgress, entryProgress) kept
// by the Firestore triggers progressOnSheetWrite and progressOnAssignmentWrite
// running in the Functions emulator: they must come to say exactly what the
// stored sheets and assignments say, after fifty submissions at once, and
// after reopenings and recusals at once. Each test uses a competition of its
// own: the demo is re-seeded by other suites while this one runs, so its
// progress would only settle once they all stop.
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { db, settled, stored } from './progress-truth';
import { DEMO_COMPETITION_ID, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';
import { signedInAs } from './web-client';

type Fn = Awaited<ReturnType<typeof loadCallable>>;
let submitSheet: Fn;
let reopenSheet: Fn;
let recuseSheet: Fn;

beforeAll(async () => {
  submitSheet = await loadCallable('submitSheet');
  reopenSheet = await loadCallable('reopenSheet');
  recuseSheet = await loadCallable('recuseSheet');
  await freshDemo();
}, 120_000);

/**
 * A competition of this suite's own, copied from the seeded demo: its
 * competition document (review round open), the organizer and judges, and
 * the first `entries` entries; no assignments or sheets.
 */
async function ownCompetition(cid: string, entries: number): Promise<{ entryIds: string[] }> {
  const demo = `competitions/${DEMO_COMPETITION_ID}`;
  const [competition, members, entrySnaps] = await Promise.all([
    db().doc(demo).get(),
    db().collection(`${demo}/members`).where('role', 'in', ['organizer', 'judge']).get(),
    db().collection(`${demo}/entries`).where('status', '==', 'submitted').orderBy('__name__').limit(entries).get(),
  ]);
  const batch = db().batch();
  batch.set(db().doc(`competitions/${cid}`), competition.data()!);
  for (const m of members.docs)
    batch.set(db().doc(`competitions/${cid}/members/${m.id}`), { ...m.data(), competitionId: cid });
  for (const e of entrySnaps.docs) batch.set(db().doc(`competitions/${cid}/entries/${e.id}`), e.data());
  await batch.commit();
  return { entryIds: entrySnaps.docs.map((d) => d.id) };
}

async function assign(cid: string, pairs: Array<[judgeUid: string, entryId: string]>) {
  const batch = db().batch();
  for (const [judgeUid, entryId] of pairs) {
    batch.set(db().doc(`competitions/${cid}/assignments/${judgeUid}__${entryId}`), {
      judgeUid,
      entryId,
      roundIds: [roundId],
      assignedAt: Timestamp.now(),
    });
  }
  await batch.commit();
}

/** Full marks on every criterion of the review round's rubric. */
async function fullMarks(cid: string): Promise<Record<string, number>> {
  const rounds = (await db().doc(`competitions/${cid}`).get()).get('rounds') as Array<{
    id: string;
    rubric: { criteria: Array<{ id: string; max: number }> };
  }>;
  const criteria = rounds.find((r) => r.id === roundId)!.rubric.criteria;
  return Object.fromEntries(criteria.map((c) => [c.id, c.max]));
}

const pairsOf = (judges: string[], entryIds: string[]) =>
  judges.flatMap((j) => entryIds.map((e) => [j, e] as [string, string]));

describe('progress documents', () => {
  it('count fifty submissions made at once, losing none', async () => {
    const cid = 'progress-fifty';
    const { entryIds } = await ownCompetition(cid, 10);
    const judges = ['j1', 'j2', 'j3', 'j4', 'j5'];
    await assign(cid, pairsOf(judges, entryIds));
    const scores = await fullMarks(cid);

    const results = await Promise.allSettled(
      pairsOf(judges, entryIds).map(([uid, entryId]) =>
        submitSheet({ competitionId: cid, roundId, entryId, scores }, uid),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    const { want, have } = await settled(cid, roundId);
    expect(have).toEqual(want);
    expect(have.round).toEqual({ assigned: 50, submitted: 50, drafts: 0, recused: 0 });
    for (const j of judges) expect(have.judges[j]).toMatchObject({ assigned: 10, submitted: 10 });
    for (const e of entryIds) expect(have.entries[e]).toMatchObject({ assigned: 5, submitted: 5, belowMinimum: false });
  }, 240_000);

  it('stay exact when sheets are reopened and recused at once', async () => {
    const cid = 'progress-reopen-recuse';
    const { entryIds } = await ownCompetition(cid, 6);
    const judges = ['j1', 'j2', 'j3', 'j4', 'j5'];
    await assign(cid, pairsOf(judges, entryIds));
    const scores = await fullMarks(cid);
    // j1–j4 submit; j5 leaves its sheets unstarted.
    await Promise.all(
      pairsOf(['j1', 'j2', 'j3', 'j4'], entryIds).map(([uid, entryId]) =>
        submitSheet({ competitionId: cid, roundId, entryId, scores }, uid),
      ),
    );

    const reason = '评分有误，请复核';
    const acts = await Promise.allSettled([
      ...entryIds.map((e) => reopenSheet({ competitionId: cid, sheetId: `${roundId}__j1__${e}`, reason }, 'organizer')),
      ...entryIds.map((e) => recuseSheet({ competitionId: cid, roundId, entryId: e, reason: '利益冲突' }, 'j5')),
    ]);
    // Contention may refuse some recusals; every one that went through must be counted.
    expect(acts.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(entryIds.length);

    const { want, have } = await settled(cid, roundId);
    expect(have).toEqual(want);
    expect(have.round.drafts).toBe(entryIds.length);
    expect(have.round.recused).toBeGreaterThan(0);
  }, 240_000);

  it('are zero for a competition with nothing assigned, and follow a pair added and taken away', async () => {
    const cid = 'progress-empty';
    const { entryIds } = await ownCompetition(cid, 1);
    const entryId = entryIds[0]!;
    expect(await stored(cid, roundId)).toEqual({
      round: { assigned: 0, submitted: 0, drafts: 0, recused: 0 },
      judges: {},
      entries: {},
    });

    await assign(cid, [['j1', entryId]]);
    await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`).set({
      roundId,
      judgeUid: 'j1',
      entryId,
      status: 'draft',
      scores: {},
      comments: {},
      comment: '',
      revision: 1,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: null,
    });
    let { want, have } = await settled(cid, roundId);
    expect(have).toEqual(want);
    expect(have.round).toEqual({ assigned: 1, submitted: 0, drafts: 1, recused: 0 });
    expect(have.entries[entryId]).toMatchObject({ assigned: 1, submitted: 0, belowMinimum: true });
    expect(have.judges.j1!.lastActivityAt).toEqual(expect.any(Number));

    await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`).delete();
    await db().doc(`competitions/${cid}/assignments/j1__${entryId}`).delete();
    ({ want, have } = await settled(cid, roundId));
    expect(have).toEqual(want);
    expect(have.round).toEqual({ assigned: 0, submitted: 0, drafts: 0, recused: 0 });
  }, 240_000);
});

describe('a reopened sheet', () => {
  it("carries the organizer's reason through the judge's draft saves until it is submitted again", async () => {
    const cid = 'progress-reopened';
    const { entryIds } = await ownCompetition(cid, 1);
    const entryId = entryIds[0]!;
    await assign(cid, [['j1', entryId]]);
    const scores = await fullMarks(cid);
    const path = `competitions/${cid}/sheets/${roundId}__j1__${entryId}`;
    await submitSheet({ competitionId: cid, roundId, entryId, scores }, 'j1');
    expect((await db().doc(path).get()).get('reopened')).toBeNull();

    const reason = '创新性评分与评语不符，请复核';
    await reopenSheet({ competitionId: cid, sheetId: `${roundId}__j1__${entryId}`, reason }, 'organizer');
    const reopened = await db().doc(path).get();
    expect(reopened.get('status')).toBe('draft');
    expect(reopened.get('reopened')).toEqual({ reason, at: expect.any(Timestamp) });

    // The judge's app saves a draft as the web SDK does (sheet-live.ts): the
    // fields it writes, merged, so the rules see `reopened` unchanged.
    const judge = await signedInAs('judge1@demo.local');
    try {
      const fields = {
        roundId,
        judgeUid: 'j1',
        entryId,
        status: 'draft',
        scores,
        comments: {},
        comment: '已复核',
        revision: Number(reopened.get('revision')) + 1,
        updatedAt: serverTimestamp(),
        submittedAt: null,
      };
      await setDoc(doc(judge.db, path), fields, { mergeFields: Object.keys(fields) });
    } finally {
      await judge.close();
    }
    expect((await db().doc(path).get()).get('reopened')).toEqual({ reason, at: expect.any(Timestamp) });

    await submitSheet({ competitionId: cid, roundId, entryId, scores }, 'j1');
    const resubmitted = await db().doc(path).get();
    expect(resubmitted.get('status')).toBe('submitted');
    expect(resubmitted.get('reopened')).toBeNull();
  }, 120_000);
});
