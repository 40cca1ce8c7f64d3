// addJudgeToEntry: re-review (复评), one more judge on one entry of an open
// round, with each refusal of the contract and its audit event.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'];

let addJudgeToEntry: Awaited<ReturnType<typeof loadCallable>>;
const add = (entryId: string, judgeUid: string, caller = 'organizer') =>
  addJudgeToEntry({ competitionId: cid, roundId, entryId, judgeUid }, caller);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

beforeAll(async () => {
  addJudgeToEntry = await loadCallable('addJudgeToEntry');
});
beforeEach(async () => {
  await freshDemo();
}, 120_000);

/** A competing entry of the review round, a judge free to add to it, and one already on it. */
async function freePair(): Promise<{ entryId: string; free: string; assigned: string }> {
  const entries = await db().collection(`competitions/${cid}/entries`).where('status', '==', 'submitted').get();
  const sheets = await db().collection(`competitions/${cid}/sheets`).where('roundId', '==', roundId).get();
  const members = await db().collection(`competitions/${cid}/members`).where('role', '==', 'judge').get();
  const conflicts = new Map(members.docs.map((m) => [m.id, (m.get('conflicts') as string[] | undefined) ?? []]));
  for (const entry of entries.docs) {
    const assignments = await db().collection(`competitions/${cid}/assignments`).where('entryId', '==', entry.id).get();
    const onIt = new Set([
      ...assignments.docs
        .filter((a) => (a.get('roundIds') as string[]).includes(roundId))
        .map((a) => a.get('judgeUid')),
      ...sheets.docs.filter((s) => s.get('entryId') === entry.id).map((s) => s.get('judgeUid')),
    ]);
    const identity = await db().doc(`competitions/${cid}/entryIdentities/${entry.id}`).get();
    const organization = identity.get('organization');
    const free = JUDGES.find(
      (j) =>
        !onIt.has(j) &&
        !conflicts.get(j)?.includes(entry.id) &&
        !members.docs
          .find((m) => m.id === j)
          ?.get('organizations')
          ?.includes(organization),
    );
    const assigned = assignments.docs.find((a) => (a.get('roundIds') as string[]).includes(roundId));
    if (free && assigned) return { entryId: entry.id, free, assigned: assigned.get('judgeUid') as string };
  }
  throw new Error('the demo has no entry with a free judge');
}

async function auditAdded() {
  const snap = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'assignment.added').get();
  return snap.docs.map((d) => ({ actorUid: d.get('actorUid'), subject: d.get('subject'), data: d.get('data') }));
}

describe('addJudgeToEntry', () => {
  it('assigns one more judge to the entry for the round, with an audit event', async () => {
    const { entryId, free } = await freePair();
    const out = await add(entryId, free);
    expect(out).toEqual({ assignmentId: `${free}__${entryId}` });
    const assignment = await db().doc(`competitions/${cid}/assignments/${free}__${entryId}`).get();
    expect(assignment.get('roundIds')).toEqual([roundId]);
    expect(assignment.get('judgeUid')).toBe(free);
    expect(assignment.get('entryId')).toBe(entryId);
    expect(assignment.get('assignedAt')).toBeTruthy();
    expect(await auditAdded()).toEqual([
      {
        actorUid: 'organizer',
        subject: { kind: 'assignment', id: `${free}__${entryId}` },
        data: { roundId, entryId, judgeUid: free },
      },
    ]);
    // A second click is refused: the judge now holds the entry.
    expect(await refusal(add(entryId, free))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'already-assigned' },
    });
    expect(await auditAdded()).toHaveLength(1);
  });

  it('adds the round to an assignment the pair has for another round', async () => {
    const { entryId, free } = await freePair();
    const ref = db().doc(`competitions/${cid}/assignments/${free}__${entryId}`);
    await ref.set({ judgeUid: free, entryId, roundIds: ['roadshow'], assignedAt: new Date(0) });
    await add(entryId, free);
    expect((await ref.get()).get('roundIds')).toEqual(['roadshow', roundId]);
  });

  it('refuses a judge already on the entry, a closed round and an entry that does not compete', async () => {
    const { entryId, free, assigned } = await freePair();
    expect(await refusal(add(entryId, assigned))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'already-assigned' },
    });

    await db().doc(`competitions/${cid}/entries/${entryId}`).update({ status: 'withdrawn' });
    expect(await refusal(add(entryId, free))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'entry-not-submitted' },
    });
    expect(await refusal(add('no-such-entry', free))).toMatchObject({
      code: 'not-found',
      details: { reason: 'no-entry' },
    });

    await db().doc(`competitions/${cid}`).update({ openRoundIds: [] });
    expect(await refusal(add(entryId, free))).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'round-not-open' },
    });
    expect(
      await refusal(addJudgeToEntry({ competitionId: cid, roundId: 'nope', entryId, judgeUid: free }, 'organizer')),
    ).toMatchObject({ code: 'not-found', details: { reason: 'no-round' } });
    expect(await auditAdded()).toEqual([]);
  });

  it('refuses someone who is not a judge, and a judge with a conflict of any kind', async () => {
    const { entryId, free } = await freePair();
    for (const uid of ['team1', 'organizer', 'nobody']) {
      expect(await refusal(add(entryId, uid)), uid).toMatchObject({
        code: 'failed-precondition',
        details: { reason: 'not-a-judge' },
      });
    }

    const member = db().doc(`competitions/${cid}/members/${free}`);
    await member.update({ conflicts: [entryId] });
    expect(await refusal(add(entryId, free))).toMatchObject({ details: { reason: 'conflict', cause: 'declared' } });

    await member.update({ conflicts: [], organizations: ['同一单位'] });
    await db().doc(`competitions/${cid}/entryIdentities/${entryId}`).update({ organization: ' 同一单位' });
    expect(await refusal(add(entryId, free))).toMatchObject({
      details: { reason: 'conflict', cause: 'organization' },
    });

    await member.update({ organizations: [] });
    await db()
      .doc(`competitions/${cid}/sheets/${roundId}__${free}__${entryId}`)
      .set({ roundId, judgeUid: free, entryId, status: 'recused', scores: {}, comments: {}, comment: '', revision: 1 });
    expect(await refusal(add(entryId, free))).toMatchObject({ details: { reason: 'conflict', cause: 'recused' } });
    expect((await db().doc(`competitions/${cid}/assignments/${free}__${entryId}`).get()).exists).toBe(false);
    expect(await auditAdded()).toEqual([]);
  });

  it('refuses anyone but an organizer, and malformed ids', async () => {
    const { entryId, free } = await freePair();
    expect(await refusal(add(entryId, free, 'j1'))).toMatchObject({ code: 'permission-denied' });
    expect(await refusal(add(entryId, free, 'team1'))).toMatchObject({ code: 'permission-denied' });
    expect(await refusal(addJudgeToEntry({ competitionId: cid, roundId, entryId, judgeUid: free }))).toMatchObject({
      code: 'unauthenticated',
    });
    expect(await refusal(add('a__b', free))).toMatchObject({ code: 'invalid-argument' });
    expect(await refusal(add(entryId, '../x'))).toMatchObject({ code: 'invalid-argument' });
    expect((await db().doc(`competitions/${cid}/assignments/${free}__${entryId}`).get()).exists).toBe(false);
    expect(await auditAdded()).toEqual([]);
  });
});
