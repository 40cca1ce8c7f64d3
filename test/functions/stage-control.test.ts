// stageControl (issue 11, docs/roadshow.md): every action of the roadshow's
// stage control and every refusal, through the functions build against the
// emulator, on the demo competition's final roadshow round opened for four
// finalists and five judges. The tests run in order: each one continues the
// event where the one before left it (the draw, the first team, its reveal …).
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reveal, Stage } from '../../src/domain/model';
import { drawOrder } from '../../src/domain/roadshow';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const roundId = 'final';
const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5'];
/** Four finalists of the demo (two per track), with their codes read in beforeAll. */
const FINALISTS = ['e05', 'e15', 't27', 't34'];
const codes = new Map<string, string>();

type Answer = { stage: Stage; reveal?: Reveal; created?: boolean; token?: string };
let stageControl: Awaited<ReturnType<typeof loadCallable>>;
let submitSheet: Awaited<ReturnType<typeof loadCallable>>;
let computeRoundResults: Awaited<ReturnType<typeof loadCallable>>;

const act = (action: Record<string, unknown>, uid = 'organizer', round = roundId) =>
  stageControl({ competitionId: cid, roundId: round, action }, uid) as Promise<Answer>;
const refusal = async (action: Record<string, unknown>, uid = 'organizer', round = roundId) =>
  act(action, uid, round).then(
    () => {
      throw new Error(`${JSON.stringify(action)} was not refused`);
    },
    (e: unknown) => e as { code: string; details?: Record<string, unknown> },
  );
const stored = async () => (await db().doc(`competitions/${cid}/stages/${roundId}`).get()).data()!;
const auditOf = async (type: string) =>
  (await db().collection(`competitions/${cid}/audit`).where('type', '==', type).get()).docs.map((d) => d.data());
/** A complete final-round sheet: value, presentation, answers out of 100. */
const scores = (total: number) => ({ value: total, presentation: total, answers: total });
const submit = (uid: string, entryId: string, total: number) =>
  submitSheet({ competitionId: cid, roundId, entryId, scores: scores(total) }, uid);

beforeAll(async () => {
  [stageControl, submitSheet, computeRoundResults] = await Promise.all([
    loadCallable('stageControl'),
    loadCallable('submitSheet'),
    loadCallable('computeRoundResults'),
  ]);
  await freshDemo();
  // The final is open (the status step to 'final' opens it) and every judge
  // scores every finalist, as advanceRound leaves a roadshow round.
  const comp = db().doc(`competitions/${cid}`);
  const rounds = ((await comp.get()).get('rounds') as { id: string; status: string }[]).map((r) => ({
    ...r,
    status: r.id === roundId ? 'open' : 'closed',
  }));
  const batch = db().batch();
  batch.update(comp, { status: 'final', rounds, openRoundIds: [roundId] });
  for (const judge of JUDGES) {
    for (const entryId of FINALISTS) {
      batch.set(
        db().doc(`competitions/${cid}/assignments/${judge}__${entryId}`),
        {
          judgeUid: judge,
          entryId,
          roundIds: FieldValue.arrayUnion(roundId),
          assignedAt: FieldValue.serverTimestamp(),
        },
        { merge: true },
      );
    }
  }
  await batch.commit();
  for (const id of FINALISTS) codes.set(id, (await db().doc(`competitions/${cid}/entries/${id}`).get()).get('code'));
}, 300_000);

describe('stageControl', () => {
  it('is for organizers of a roadshow round only', async () => {
    for (const uid of ['j1', 'team1']) {
      expect(await refusal({ type: 'init' }, uid)).toMatchObject({ code: 'permission-denied' });
    }
    await expect(stageControl({ competitionId: cid, roundId, action: { type: 'init' } })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(await refusal({ type: 'init' }, 'organizer', 'review')).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'not-roadshow' },
    });
    expect(await refusal({ type: 'init' }, 'organizer', 'nope')).toMatchObject({ code: 'not-found' });
    for (const action of [
      { type: 'explode' },
      { type: 'draw', seed: -1 },
      { type: 'setTiming', pitchSeconds: 29, qaSeconds: 60 },
    ]) {
      expect(await refusal(action)).toMatchObject({ code: 'invalid-argument' });
    }
    // Nothing was created by a refused call.
    expect((await db().doc(`competitions/${cid}/stages/${roundId}`).get()).exists).toBe(false);
    // Without a stage, no sheet of the roadshow round can be submitted.
    expect(await submit('j1', FINALISTS[0]!, 80).catch((e: unknown) => e)).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'not-on-stage' },
    });
  });

  it('init creates the stage from the round’s entries in number order, once', async () => {
    const { stage } = await act({ type: 'init' });
    const byCode = [...FINALISTS].sort((a, b) => (codes.get(a)! < codes.get(b)! ? -1 : 1));
    expect(stage).toMatchObject({
      roundId,
      order: byCode,
      phase: 'idle',
      current: null,
      revealed: [],
      absent: [],
      draw: null,
      showJudgeNames: false,
      timing: { pitchSeconds: 480, qaSeconds: 300 },
      revision: 1,
    });
    const again = await act({ type: 'init' });
    expect(again.stage).toEqual(stage);
    expect(await auditOf('stage.created')).toHaveLength(1);
    expect((await stored()).updatedAt.toMillis()).toBe(stage.updatedAt);
  });

  it('draws the order with a given seed (re-checkable) or a random one, recorded and audited', async () => {
    const from = (await stored()).order as string[];
    const { stage } = await act({ type: 'draw', seed: 20261212 });
    expect(stage.order).toEqual(drawOrder(from, 20261212));
    expect(stage.draw).toMatchObject({ seed: 20261212, from, order: stage.order, by: 'organizer' });
    const [event] = await auditOf('stage.drawn');
    expect(event).toMatchObject({
      actorUid: 'organizer',
      subject: { kind: 'round', id: roundId },
      data: { seed: 20261212, entryCodes: stage.order.map((id) => codes.get(id)) },
    });

    const random = await act({ type: 'draw' });
    const seed = random.stage.draw!.seed;
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295).toBe(true);
    // Drawn from number order again, not from the previous draw.
    expect(random.stage.draw!.from).toEqual(from);
    expect(random.stage.order).toEqual(drawOrder(from, seed));
  });

  it('sets the order by hand: a permutation only, keeping the draw on record', async () => {
    const before = await act({ type: 'init' });
    expect(await refusal({ type: 'setOrder', order: before.stage.order.slice(1) })).toMatchObject({
      details: { reason: 'not-a-permutation' },
    });
    expect(await refusal({ type: 'setOrder', order: [...before.stage.order.slice(1), 'zzz'] })).toMatchObject({
      details: { reason: 'not-a-permutation' },
    });
    const order = [...before.stage.order].reverse();
    const { stage } = await act({ type: 'setOrder', order });
    expect(stage.order).toEqual(order);
    expect(stage.draw).toEqual(before.stage.draw);
    expect((await auditOf('stage.order-set'))[0]?.data).toMatchObject({ orderChangedByHand: true });
  });

  it('marks a team absent (and present again); next passes over it', async () => {
    const { stage } = await act({ type: 'init' });
    const [first, second] = stage.order as [string, string];
    await act({ type: 'absent', entryId: first, absent: true });
    expect(await refusal({ type: 'absent', entryId: 'nope', absent: true })).toMatchObject({
      details: { reason: 'not-in-order' },
    });
    expect(await refusal({ type: 'goTo', entryId: first })).toMatchObject({ details: { reason: 'is-absent' } });
    const called = await act({ type: 'next' });
    expect(called.stage).toMatchObject({
      phase: 'on-stage',
      current: { entryId: second, code: codes.get(second) },
      timer: { segment: 'pitch', durationMs: 480_000, elapsedMs: 0, startedAt: null },
    });
    expect(await refusal({ type: 'absent', entryId: second, absent: true })).toMatchObject({
      details: { reason: 'on-stage' },
    });
    const back = await act({ type: 'absent', entryId: first, absent: false });
    expect(back.stage.absent).toEqual([]);
    // Once a team has been on stage, the draw is final and the team on stage keeps its place.
    expect(await refusal({ type: 'draw', seed: 1 })).toMatchObject({ details: { reason: 'already-started' } });
    const swapped = [...back.stage.order];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(await refusal({ type: 'setOrder', order: swapped })).toMatchObject({ details: { reason: 'order-locked' } });
    // goTo the first team instead (nobody is scoring yet).
    expect((await act({ type: 'goTo', entryId: first })).stage.current?.entryId).toBe(first);
  });

  it('runs the timers with the server’s time; a start on a running timer changes nothing', async () => {
    const t0 = Date.now();
    const started = await act({ type: 'timer', segment: 'pitch', command: 'start' });
    expect(started.stage.timer!.startedAt).toBeGreaterThanOrEqual(t0);
    const again = await act({ type: 'timer', segment: 'pitch', command: 'start' });
    expect(again.stage.revision).toBe(started.stage.revision);
    expect(again.stage.timer).toEqual(started.stage.timer);
    const paused = await act({ type: 'timer', segment: 'pitch', command: 'pause' });
    expect(paused.stage.timer).toMatchObject({ segment: 'pitch', startedAt: null });
    expect(paused.stage.timer!.elapsedMs).toBeGreaterThanOrEqual(0);
    const qa = await act({ type: 'timer', segment: 'qa', command: 'start' });
    expect(qa.stage.timer).toMatchObject({ segment: 'qa', durationMs: 300_000, elapsedMs: 0 });
    expect((await stored()).timer.startedAt.toMillis()).toBe(qa.stage.timer!.startedAt);
    const reset = await act({ type: 'timer', segment: 'qa', command: 'reset' });
    expect(reset.stage.timer).toMatchObject({ segment: 'qa', elapsedMs: 0, startedAt: null });
    expect((await auditOf('stage.timer')).length).toBe(4);
  });

  it('sets the round’s timing', async () => {
    const { stage } = await act({ type: 'setTiming', pitchSeconds: 420, qaSeconds: 240 });
    expect(stage.timing).toEqual({ pitchSeconds: 420, qaSeconds: 240 });
    // The reset qa timer had not run: it takes the new duration.
    expect(stage.timer?.durationMs).toBe(240_000);
  });

  it('opens scoring only in an open round; judges score only the team on stage while it is open', async () => {
    const { stage } = await act({ type: 'init' });
    const onStage = stage.current!.entryId;
    const other = stage.order.find((id) => id !== onStage)!;
    expect(await submit('j1', onStage, 80).catch((e: unknown) => e)).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'scoring-closed' },
    });
    await db().doc(`competitions/${cid}`).update({ openRoundIds: [] });
    expect(await refusal({ type: 'openScoring' })).toMatchObject({ details: { reason: 'round-not-open' } });
    await db()
      .doc(`competitions/${cid}`)
      .update({ openRoundIds: [roundId] });
    expect((await act({ type: 'openScoring' })).stage.phase).toBe('scoring');
    // The one field the rules compare a roadshow draft with.
    expect((await stored()).scoringEntryId).toBe(onStage);
    expect(await refusal({ type: 'openScoring' })).toMatchObject({
      details: { reason: 'wrong-phase', phase: 'scoring' },
    });
    expect(await refusal({ type: 'next' })).toMatchObject({ details: { reason: 'scoring-open' } });
    expect(await refusal({ type: 'goTo', entryId: other })).toMatchObject({ details: { reason: 'scoring-open' } });
    expect(await submit('j1', other, 80).catch((e: unknown) => e)).toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'not-on-stage' },
    });
  });

  it('waits for every judge, reveals without them only above the minimum, then reveals once', async () => {
    const { stage } = await act({ type: 'init' });
    const entryId = stage.current!.entryId;
    await submit('j1', entryId, 70);
    await submit('j2', entryId, 90);
    expect(await refusal({ type: 'reveal' })).toMatchObject({ details: { reason: 'waiting', missing: 3 } });
    // The demo's minimum is 3 sheets.
    expect(await refusal({ type: 'reveal', allowMissing: true })).toMatchObject({
      details: { reason: 'below-minimum', submitted: 2, minimum: 3 },
    });
    await submit('j3', entryId, 85);
    await submit('j4', entryId, 80);
    expect(await refusal({ type: 'reveal' })).toMatchObject({ details: { reason: 'waiting', missing: 1 } });

    const first = await act({ type: 'reveal', allowMissing: true });
    expect(first.created).toBe(true);
    // Trimmed mean, trim 1: 70 and 90 struck, (85 + 80) / 2.
    expect(first.reveal).toMatchObject({
      entryId,
      code: codes.get(entryId),
      score: '82.50',
      method: 'trimmed-mean',
      missing: 1,
      revealedBy: 'organizer',
      sheets: [
        { judgeNumber: 1, name: null, total: '70.00', struck: 'low' },
        { judgeNumber: 2, name: null, total: '90.00', struck: 'high' },
        { judgeNumber: 3, name: null, total: '85.00', struck: null },
        { judgeNumber: 4, name: null, total: '80.00', struck: null },
      ],
    });
    expect(first.stage).toMatchObject({ phase: 'revealed', revealed: [entryId] });
    expect((await stored()).scoringEntryId).toBeNull();

    // A second reveal changes nothing and gives the same numbers.
    const second = await act({ type: 'reveal' });
    expect(second.created).toBe(false);
    expect(second.reveal).toEqual(first.reveal);
    expect(second.stage.revision).toBe(first.stage.revision);
    const doc = await db().doc(`competitions/${cid}/reveals/${roundId}__${entryId}`).get();
    expect({ ...doc.data(), revealedAt: doc.get('revealedAt').toMillis() }).toEqual(first.reveal);
    expect(await auditOf('stage.revealed')).toHaveLength(1);

    // The late judge can no longer score it.
    expect(await submit('j5', entryId, 10).catch((e: unknown) => e)).toMatchObject({
      details: { reason: 'scoring-closed' },
    });
  });

  it('makes a screen link whose feed shows the reveal, and follows the stage', async () => {
    const { token, stage } = await act({ type: 'screenLink' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await db().doc(`competitions/${cid}/stageScreens/${roundId}`).get()).get('token')).toBe(token);
    const feed = (await db().doc(`screens/${token}`).get()).data()!;
    expect(feed).toMatchObject({
      competitionId: cid,
      roundId,
      phase: 'revealed',
      current: { entryId: stage.current!.entryId },
      reveal: { score: '82.50', entryId: stage.current!.entryId },
      leaderboard: [{ rank: 1, code: codes.get(stage.current!.entryId), score: '82.50' }],
    });
    // Nothing in the feed names a judge.
    expect(JSON.stringify(feed)).not.toMatch(/"j[1-5]"/);

    const next = await act({ type: 'next' });
    const followed = (await db().doc(`screens/${token}`).get()).data()!;
    expect(followed).toMatchObject({
      phase: 'on-stage',
      current: { entryId: next.stage.current!.entryId },
      reveal: null,
    });
    expect(followed.leaderboard).toHaveLength(1);

    // A new link revokes the old one.
    const renewed = await act({ type: 'screenLink' });
    expect(renewed.token).not.toBe(token);
    expect((await db().doc(`screens/${token}`).get()).exists).toBe(false);
    expect((await db().doc(`screens/${renewed.token}`).get()).get('leaderboard')).toHaveLength(1);
  });

  it('answers two reveals at once with one reveal, and shows judge names when asked', async () => {
    await act({ type: 'showJudgeNames', value: true });
    const { stage } = await act({ type: 'openScoring' });
    const entryId = stage.current!.entryId;
    for (const [judge, total] of [
      ['j1', 60],
      ['j2', 75],
      ['j3', 75],
      ['j4', 95],
      ['j5', 66],
    ] as const) {
      await submit(judge, entryId, total);
    }
    const [a, b] = await Promise.all([act({ type: 'reveal' }), act({ type: 'reveal' })]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.reveal).toEqual(b.reveal);
    // (75 + 75 + 66) / 3 = 72.00; 60 and 95 struck.
    expect(a.reveal).toMatchObject({ score: '72.00', missing: 0 });
    expect(a.reveal!.sheets.map((s) => s.struck)).toEqual(['low', null, null, 'high', null]);
    const names = await Promise.all(
      JUDGES.map(async (uid) => (await db().doc(`competitions/${cid}/members/${uid}`).get()).get('displayName')),
    );
    expect(a.reveal!.sheets.map((s) => s.name)).toEqual(names);
    expect((await auditOf('stage.revealed')).filter((e) => e.data.entryId === entryId)).toHaveLength(1);
  });

  it('ends idle after the last team; the round’s computed results equal the revealed scores', async () => {
    await act({ type: 'showJudgeNames', value: false });
    // The remaining teams are called, scored by everyone and revealed.
    for (;;) {
      const { stage } = await act({ type: 'next' });
      if (!stage.current) {
        expect(stage).toMatchObject({ phase: 'idle', timer: null });
        expect(stage.revealed).toHaveLength(FINALISTS.length);
        break;
      }
      await act({ type: 'openScoring' });
      let total = 61;
      for (const judge of JUDGES) await submit(judge, stage.current.entryId, (total += 7));
      await act({ type: 'reveal' });
    }
    const results = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as {
      results: { groups: { entries: { entryId: string; score: number }[] }[] };
    };
    const computed = results.results.groups.flatMap((g) => g.entries);
    expect(computed).toHaveLength(FINALISTS.length);
    const reveals = await db().collection(`competitions/${cid}/reveals`).get();
    expect(reveals.size).toBe(FINALISTS.length);
    for (const r of reveals.docs) {
      const engine = computed.find((e) => e.entryId === r.get('entryId'))!;
      expect(engine.score.toFixed(2)).toBe(r.get('score'));
    }
    // The screen's leaderboard ranks every revealed team.
    const token = (await db().doc(`competitions/${cid}/stageScreens/${roundId}`).get()).get('token');
    expect((await db().doc(`screens/${token}`).get()).get('leaderboard')).toHaveLength(FINALISTS.length);
  });
});
