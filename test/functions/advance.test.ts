// advanceRound: an organizer advances the top N of a computed round to the
// next one (ties at the cut all go on unless excluded, the choice recorded),
// a roadshow round gets every judge × every advanced entry (conflicts
// skipped), advancing again replaces the previous advancement, and
// assignRound then assigns only the advanced entries of a round.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as review, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'];
/** The demo's golden results: per track, the team track has t02 and t30 tied on rank 3. */
const TOP3_ENTERPRISE = ['e15', 'e21', 'e05'];
const TOP3_TEAM = ['t34', 't27', 't02', 't30'];

interface AdvanceResult {
  entryIds: string[];
  tiedAtCut: string[];
  excludedTiedEntryIds: string[];
  exportSha256: string;
  assignments: {
    added: number;
    removed: number;
    keptWithSheet: number;
    skipped: { judgeUid: string; entryId: string; reason: string }[];
  };
}

let advanceRound: Awaited<ReturnType<typeof loadCallable>>;
let computeRoundResults: Awaited<ReturnType<typeof loadCallable>>;
let assignRound: Awaited<ReturnType<typeof loadCallable>>;
const advance = (data: Record<string, unknown>, uid = 'organizer') =>
  advanceRound(
    { competitionId: cid, fromRoundId: review, toRoundId: 'final', scope: 'track', n: 3, ...data },
    uid,
  ) as Promise<AdvanceResult>;

/** Entry id → judge uids of the round's assignment documents. */
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
const auditOf = async (type: string) =>
  (await db().collection(`competitions/${cid}/audit`).where('type', '==', type).get()).docs.map((d) => d.data());

beforeAll(async () => {
  [advanceRound, computeRoundResults, assignRound] = await Promise.all([
    loadCallable('advanceRound'),
    loadCallable('computeRoundResults'),
    loadCallable('assignRound'),
  ]);
  await freshDemo();
}, 180_000);

describe('advanceRound', () => {
  it('refuses before the round is computed, and refuses judges, teams and signed-out callers', async () => {
    await expect(advance({})).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'not-computed' },
    });
    for (const uid of ['j1', 'team1'])
      await expect(advance({}, uid)).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(
      advanceRound({ competitionId: cid, fromRoundId: review, toRoundId: 'final', scope: 'track', n: 3 }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await db().doc(`competitions/${cid}/advancements/final`).get()).exists).toBe(false);
  });

  it('advances the top 3 per track: the tie at the cut all goes on, and every judge scores every finalist', async () => {
    await computeRoundResults({ competitionId: cid, roundId: review }, 'organizer');
    // One declared conflict and one shared organization, to be skipped.
    await db()
      .doc(`competitions/${cid}/members/j1`)
      .update({ conflicts: ['t27'] });
    const organization = (await db().doc(`competitions/${cid}/entryIdentities/e15`).get()).get('organization');
    await db()
      .doc(`competitions/${cid}/members/j2`)
      .update({ organizations: [organization] });

    const out = await advance({});
    expect(out.entryIds).toEqual([...TOP3_ENTERPRISE, ...TOP3_TEAM]);
    expect(out.tiedAtCut).toEqual(['t02', 't30']);
    expect(out.excludedTiedEntryIds).toEqual([]);
    expect(out.assignments.skipped).toEqual([
      { judgeUid: 'j2', entryId: 'e15', reason: 'organization' },
      { judgeUid: 'j1', entryId: 't27', reason: 'conflict' },
    ]);
    expect(out.assignments.added).toBe(7 * 7 - 2);

    const pairs = await roundPairs('final');
    expect([...pairs.keys()].sort()).toEqual([...TOP3_ENTERPRISE, ...TOP3_TEAM].sort());
    expect(pairs.get('t34')).toEqual(JUDGES);
    expect(pairs.get('e15')).toEqual(JUDGES.filter((j) => j !== 'j2'));
    expect(pairs.get('t27')).toEqual(JUDGES.filter((j) => j !== 'j1'));
    // A pair also assigned in the review keeps it: the round is added, not replaced.
    const both = (await db().collection(`competitions/${cid}/assignments`).where('entryId', '==', 't34').get()).docs;
    expect(both.some((d) => d.get('roundIds').includes(review) && d.get('roundIds').includes('final'))).toBe(true);

    const stored = (await db().doc(`competitions/${cid}/advancements/final`).get()).data()!;
    expect(stored).toMatchObject({
      fromRoundId: review,
      scope: 'track',
      n: 3,
      tiedAtCut: ['t02', 't30'],
      by: 'organizer',
    });
    const [event] = await auditOf('round.advanced');
    expect(event).toMatchObject({
      actorUid: 'organizer',
      subject: { kind: 'round', id: 'final' },
      data: { n: 3, scope: 'track', tiedAtCut: ['t02', 't30'], excluded: [], entryIds: out.entryIds },
    });
  });

  it('leaves out a tied entry the organizer excludes, records the choice, and drops its pairs', async () => {
    const out = await advance({ excludedTiedEntryIds: ['t30'] });
    expect(out.entryIds).toEqual([...TOP3_ENTERPRISE, 't34', 't27', 't02']);
    expect(out.tiedAtCut).toEqual(['t02', 't30']);
    expect(out.excludedTiedEntryIds).toEqual(['t30']);
    expect(out.assignments).toMatchObject({ added: 0, removed: 7 });
    expect((await roundPairs('final')).has('t30')).toBe(false);
    const events = await auditOf('round.advanced');
    expect(events.some((e) => (e.data as { excluded: string[] }).excluded.includes('t30'))).toBe(true);

    await expect(advance({ excludedTiedEntryIds: ['e15'] })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { reason: 'not-tied', entryIds: ['e15'] },
    });
  });

  it('advances again: pairs of entries no longer advanced leave the round unless a sheet exists', async () => {
    await advance({});
    // j3 started scoring t02 in the final: that pair stays.
    await db().doc(`competitions/${cid}/sheets/final__j3__t02`).set({
      roundId: 'final',
      judgeUid: 'j3',
      entryId: 't02',
      status: 'draft',
      scores: {},
      comments: {},
      comment: '',
      revision: 1,
      updatedAt: new Date(),
      submittedAt: null,
    });
    const out = await advance({ n: 1 });
    expect(out.entryIds).toEqual(['e15', 't34']);
    expect(out.assignments.keptWithSheet).toBe(1);
    const pairs = await roundPairs('final');
    expect([...pairs.keys()].sort()).toEqual(['e15', 't02', 't34']);
    expect(pairs.get('t02')).toEqual(['j3']);
    // A review pair keeps its review round when the final is taken out of it.
    const t27 = await db().collection(`competitions/${cid}/assignments`).where('entryId', '==', 't27').get();
    expect(t27.docs.every((d) => !d.get('roundIds').includes('final'))).toBe(true);
    expect(t27.docs.some((d) => d.get('roundIds').includes(review))).toBe(true);
    await db().doc(`competitions/${cid}/sheets/final__j3__t02`).delete();
  });

  it('advances the top N overall, comparing the tracks by score', async () => {
    const out = await advance({ scope: 'overall', n: 3 });
    expect(out.entryIds).toEqual(['t34', 't27', 'e15']);
    expect(out.tiedAtCut).toEqual([]);
  });

  it('refuses a closed, a missing or the same round, and bad arguments', async () => {
    await expect(advance({ toRoundId: review })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(advance({ toRoundId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(advance({ n: 0 })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(advance({ scope: 'all' })).rejects.toMatchObject({ code: 'invalid-argument' });
    const ref = db().doc(`competitions/${cid}`);
    const rounds = (await ref.get()).get('rounds') as { id: string; status: string }[];
    await ref.update({ rounds: rounds.map((r) => (r.id === 'final' ? { ...r, status: 'closed' } : r)) });
    await expect(advance({})).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'round-closed' },
    });
    await ref.update({ rounds });
  });

  it('makes assignRound assign only the advanced entries of an online round', async () => {
    const ref = db().doc(`competitions/${cid}`);
    const rounds = (await ref.get()).get('rounds') as { id: string; kind: string }[];
    await ref.update({ rounds: rounds.map((r) => (r.id === 'final' ? { ...r, kind: 'online' } : r)) });
    const out = await advance({ n: 2 });
    // Not a roadshow: no pairs made, those of entries no longer advanced gone.
    expect(out.assignments.added).toBe(0);
    const pools = ['enterprise', 'team'].map((trackId) => ({ trackId, k: 2, judgeUids: JUDGES }));
    await assignRound({ competitionId: cid, roundId: 'final', commit: true, strategy: 'engine', pools }, 'organizer');
    const pairs = await roundPairs('final');
    expect([...pairs.keys()].sort()).toEqual(['e15', 'e21', 't27', 't34']);
    expect([...pairs.values()].every((judges) => judges.length === 2)).toBe(true);
    await ref.update({ rounds });
  });
});
