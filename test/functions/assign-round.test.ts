// assignRound: an organizer assigns a round's judges through the one engine
// (src/domain/assignment/round-plan*): preview, commit in batches with an
// audit event, per-track pools and k, every-judge, structured refusals.
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const ALL = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'];

interface Pair {
  judgeUid: string;
  entryId: string;
}
interface Plan {
  committed: boolean;
  loads: Record<string, number>;
  stats: {
    pairs: number;
    minLoad: number;
    maxLoad: number;
    kept: number;
    moved: number;
    dropped: number;
    tagMatches: number;
  };
  added: Pair[];
  removed: Pair[];
  warnings: ({ code: string } & Pair & Record<string, unknown>)[];
}

let assignRound: Awaited<ReturnType<typeof loadCallable>>;
const run = (data: Record<string, unknown>, uid = 'organizer') =>
  assignRound({ competitionId: cid, commit: false, strategy: 'engine', ...data }, uid) as Promise<Plan>;
const pools = (k: number, enterprise: string[], team = enterprise, kTeam = k) => [
  { trackId: 'enterprise', k, judgeUids: enterprise },
  { trackId: 'team', k: kTeam, judgeUids: team },
];

beforeAll(async () => {
  assignRound = await loadCallable('assignRound');
});
beforeEach(async () => {
  await freshDemo();
}, 120_000);

/** Judge uids per entry id, for the round's assignment docs. */
async function roundPairs(roundId: string): Promise<Map<string, string[]>> {
  const snap = await db()
    .collection(`competitions/${cid}/assignments`)
    .where('roundIds', 'array-contains', roundId)
    .get();
  const out = new Map<string, string[]>();
  for (const d of snap.docs)
    out.set(d.get('entryId'), [...(out.get(d.get('entryId')) ?? []), d.get('judgeUid')].sort());
  return out;
}
async function competing(): Promise<{ id: string; trackId: string }[]> {
  const snap = await db().collection(`competitions/${cid}/entries`).where('status', '==', 'submitted').get();
  return snap.docs.map((d) => ({ id: d.id, trackId: d.get('trackId') }));
}
async function auditTypes(): Promise<string[]> {
  const snap = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'assignment.committed').get();
  return snap.docs.map((d) => d.get('subject.id'));
}
/** Everything assignRound could write, to compare before and after. */
async function snapshot(): Promise<string> {
  const [assignments, sheets, plans] = await Promise.all(
    ['assignments', 'sheets', 'assignmentPlans'].map((c) => db().collection(`competitions/${cid}/${c}`).get()),
  );
  return JSON.stringify([assignments, sheets, plans].map((s) => s!.docs.map((d) => [d.id, d.data()])));
}

describe('assignRound', () => {
  it('is for organizers only', async () => {
    for (const uid of ['j1', 'team1']) {
      await expect(run({ roundId: 'review', pools: pools(5, ALL) }, uid)).rejects.toMatchObject({
        code: 'permission-denied',
      });
    }
  });

  it('on the fresh demo, proposes exactly the seed’s review assignments (the seed uses the same engine)', async () => {
    const before = await snapshot();
    const plan = await run({ roundId: 'review', pools: pools(5, ALL) });
    expect(plan.added).toEqual([]);
    expect(plan.removed).toEqual([]);
    expect(plan.committed).toBe(false);
    const entries = await competing();
    expect(plan.stats.pairs).toBe(entries.length * 5);
    expect(plan.stats.moved).toBe(0);
    expect(plan.stats.maxLoad - plan.stats.minLoad).toBeLessThanOrEqual(1);
    expect(Object.keys(plan.loads)).toEqual(ALL);
    // A preview writes nothing.
    expect(await snapshot()).toBe(before);
    expect(await auditTypes()).toEqual([]);
  });

  it('commits per-track pools and k, stores the plan and audits it; a re-run moves nothing', async () => {
    const request = { roundId: 'final', pools: pools(3, ['j1', 'j2', 'j3', 'j4'], ['j4', 'j5', 'j6', 'j7'], 2) };
    const preview = await run(request);
    expect(await roundPairs('final')).toEqual(new Map());

    const plan = await run({ ...request, commit: true });
    expect(plan.committed).toBe(true);
    expect(plan.added).toEqual(preview.added);
    const pairs = await roundPairs('final');
    for (const entry of await competing()) {
      const judges = pairs.get(entry.id) ?? [];
      const [k, pool] = entry.trackId === 'enterprise' ? [3, ['j1', 'j2', 'j3', 'j4']] : [2, ['j4', 'j5', 'j6', 'j7']];
      expect(judges, entry.id).toHaveLength(k);
      for (const j of judges) expect(pool).toContain(j);
    }
    expect(plan.stats.pairs).toBe([...pairs.values()].flat().length);
    // A pair of both rounds keeps its review round.
    const both = await db()
      .collection(`competitions/${cid}/assignments`)
      .where('roundIds', '==', ['review', 'final'])
      .get();
    expect(both.size).toBeGreaterThan(0);
    const stored = await db().doc(`competitions/${cid}/assignmentPlans/final`).get();
    expect(stored.data()).toMatchObject({ strategy: 'engine', pools: request.pools, updatedBy: 'organizer' });
    expect(await auditTypes()).toEqual(['final']);

    const again = await run({ ...request, commit: true });
    expect(again.added).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.stats.kept).toBe(plan.stats.pairs);
  });

  it('removes pairs a smaller pool leaves out, with their draft sheets, and keeps submitted pairs', async () => {
    await run({ roundId: 'final', commit: true, pools: pools(2, ALL) });
    const pairs = await roundPairs('final');
    const [entryA, judgesA] = [...pairs].find(([, js]) => js.includes('j7'))!;
    const [entryB, judgesB] = [...pairs].find(([e, js]) => e !== entryA && js.includes('j6'))!;
    const sheet = (judgeUid: string, entryId: string, status: string) =>
      db().doc(`competitions/${cid}/sheets/final__${judgeUid}__${entryId}`).set({
        roundId: 'final',
        judgeUid,
        entryId,
        status,
        scores: {},
        comments: {},
        comment: '',
        revision: 1,
        updatedAt: FieldValue.serverTimestamp(),
        submittedAt: null,
      });
    await sheet('j7', entryA, 'draft');
    await sheet('j6', entryB, 'submitted');
    // j6 declares a conflict with entryB after submitting: the pair stays, with a warning.
    await db()
      .doc(`competitions/${cid}/members/j6`)
      .update({ conflicts: FieldValue.arrayUnion(entryB) });

    const plan = await run({
      roundId: 'final',
      commit: true,
      pools: pools(
        2,
        ALL.filter((j) => j !== 'j7'),
      ),
    });
    expect(plan.removed).toContainEqual({ judgeUid: 'j7', entryId: entryA });
    expect(plan.removed.every((p) => p.judgeUid === 'j7')).toBe(true);
    expect(plan.warnings).toContainEqual({
      code: 'locked-forbidden',
      judgeUid: 'j6',
      entryId: entryB,
      entryCode: expect.any(String),
      reason: 'conflict',
    });
    const after = await roundPairs('final');
    expect(after.get(entryA)).not.toContain('j7');
    expect(after.get(entryB)).toEqual(judgesB);
    expect(judgesA).toContain('j7');
    expect((await db().doc(`competitions/${cid}/sheets/final__j7__${entryA}`).get()).exists).toBe(false);
    // j7 was on the review round too: its review assignments stay.
    const j7 = await db().collection(`competitions/${cid}/assignments`).where('judgeUid', '==', 'j7').get();
    expect(j7.docs.every((d) => !d.get('roundIds').includes('final'))).toBe(true);
    expect(j7.docs.filter((d) => d.get('roundIds').includes('review')).length).toBeGreaterThan(0);
  });

  it('every judge scores every entry of its track with the every-judge strategy (k ignored)', async () => {
    const plan = await run({
      roundId: 'final',
      commit: true,
      strategy: 'every-judge',
      pools: pools(1, ['j1', 'j2', 'j3'], ['j5', 'j6']),
    });
    const pairs = await roundPairs('final');
    for (const entry of await competing()) {
      const pool = entry.trackId === 'enterprise' ? ['j1', 'j2', 'j3'] : ['j5', 'j6'];
      const judges = pairs.get(entry.id) ?? [];
      // All of the pool, except a judge of the same organization or in conflict.
      expect(judges.every((j) => pool.includes(j))).toBe(true);
      expect(judges.length).toBeGreaterThanOrEqual(pool.length - 1);
    }
    expect(plan.stats.pairs).toBe([...pairs.values()].flat().length);
    expect(plan.stats.pairs).toBeGreaterThan((await competing()).length * 2);
  });

  it('refuses an impossible request with structured problems and writes nothing', async () => {
    const before = await snapshot();
    const err = await run({ roundId: 'final', commit: true, pools: pools(3, ['j1', 'j2', 'team1'], []) }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'failed-precondition' });
    const problems = (err as { details: { problems: Record<string, unknown>[] } }).details.problems;
    expect(problems).toContainEqual({ code: 'unknown-judge', judgeUid: 'team1' });
    expect(problems).toContainEqual({ code: 'empty-pool', trackId: 'team' });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'too-few-judges',
        trackId: 'enterprise',
        allowed: 2,
        needed: 3,
        entryCode: expect.stringMatching(/^E-/),
      }),
    );
    // Review sheets are submitted by 5 judges per entry: k = 4 cannot keep them.
    const locked = await run({ roundId: 'review', commit: true, pools: pools(4, ALL) }).catch((e: unknown) => e);
    expect(
      (locked as { details: { problems: { code: string; locked: number; needed: number }[] } }).details.problems,
    ).toContainEqual(expect.objectContaining({ code: 'too-many-locked', locked: 5, needed: 4 }));
    expect(await snapshot()).toBe(before);
    expect(await auditTypes()).toEqual([]);
  });

  it('refuses unknown, duplicate and missing tracks, a bad k, a duplicate judge, an unknown or closed round', async () => {
    const bad = async (data: Record<string, unknown>, code: string, text: string) => {
      const err = await run(data).catch((e: unknown) => e);
      expect(err, JSON.stringify(data)).toMatchObject({ code, message: expect.stringContaining(text) });
    };
    await bad(
      { roundId: 'final', pools: [...pools(2, ALL), { trackId: 'nope', k: 2, judgeUids: ALL }] },
      'invalid-argument',
      'no such track',
    );
    await bad({ roundId: 'final', pools: [...pools(2, ALL), pools(2, ALL)[0]] }, 'invalid-argument', 'second pool');
    await bad({ roundId: 'final', pools: pools(2, ALL).slice(0, 1) }, 'invalid-argument', 'no pool for track team');
    for (const k of [0, 21, 2.5, '3', null])
      await bad({ roundId: 'final', pools: pools(k as number, ALL) }, 'invalid-argument', 'k');
    await bad({ roundId: 'final', pools: pools(2, ['j1', 'j1', 'j2']) }, 'invalid-argument', 'twice');
    await bad({ roundId: 'final', strategy: 'random', pools: pools(2, ALL) }, 'invalid-argument', 'strategy');
    await bad({ roundId: 'final', commit: 'yes', pools: pools(2, ALL) }, 'invalid-argument', 'commit');
    await bad({ roundId: 'semi', pools: pools(2, ALL) }, 'not-found', 'semi');
    const ref = db().doc(`competitions/${cid}`);
    const rounds = (await ref.get()).get('rounds') as { id: string; status: string }[];
    await ref.update({ rounds: rounds.map((r) => (r.id === 'final' ? { ...r, status: 'closed' } : r)) });
    await bad({ roundId: 'final', pools: pools(2, ALL) }, 'failed-precondition', 'closed');
  });
});
