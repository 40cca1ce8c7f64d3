// recuseSheet: a judge declares a conflict with an assigned entry; the sheet
// is recused, the conflict recorded and audited, and the entry gets a
// replacement judge from the round's plan with nothing else moved.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const REASON = '本人曾为该团队提供咨询';

let recuseSheet: Awaited<ReturnType<typeof loadCallable>>;
const recuse = (entryId: string, uid = 'j1', extra: Record<string, unknown> = {}) =>
  recuseSheet({ competitionId: cid, roundId, entryId, reason: REASON, ...extra }, uid) as Promise<{
    replacement: string | null;
  }>;

beforeAll(async () => {
  recuseSheet = await loadCallable('recuseSheet');
});
beforeEach(async () => {
  await freshDemo();
}, 120_000);

/** The review round's pairs, as "judge__entry" ids. */
async function reviewPairs(): Promise<string[]> {
  const snap = await db()
    .collection(`competitions/${cid}/assignments`)
    .where('roundIds', 'array-contains', roundId)
    .get();
  return snap.docs.map((d) => d.id).sort();
}
/** An entry of j1's in the review round whose sheet is a draft (the seed leaves judge1 some). */
async function draftOfJ1(): Promise<string> {
  const snap = await db()
    .collection(`competitions/${cid}/sheets`)
    .where('judgeUid', '==', 'j1')
    .where('roundId', '==', roundId)
    .where('status', '==', 'draft')
    .get();
  expect(snap.size).toBeGreaterThan(0);
  return snap.docs[0]!.get('entryId') as string;
}

describe('recuseSheet', () => {
  it('recuses the sheet, records the conflict, audits it and gives the entry a replacement; nothing else moves', async () => {
    const entryId = await draftOfJ1();
    const before = await reviewPairs();
    const { replacement } = await recuse(entryId);

    expect(replacement).toMatch(/^j[2-7]$/);
    expect(before).not.toContain(`${replacement}__${entryId}`);
    const expected = [...before.filter((id) => id !== `j1__${entryId}`), `${replacement}__${entryId}`].sort();
    expect(await reviewPairs()).toEqual(expected);

    const sheet = await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`).get();
    expect(sheet.get('status')).toBe('recused');
    expect(sheet.get('revision')).toBe(2);
    const member = await db().doc(`competitions/${cid}/members/j1`).get();
    expect(member.get('conflicts')).toContain(entryId);
    // The replacement is no judge with a conflict or the same organization as the entry.
    const rep = await db().doc(`competitions/${cid}/members/${replacement}`).get();
    const identity = await db().doc(`competitions/${cid}/entryIdentities/${entryId}`).get();
    expect(rep.get('conflicts')).not.toContain(entryId);
    expect(rep.get('organizations')).not.toContain(identity.get('organization'));

    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'sheet.recused').get();
    expect(
      audit.docs.map((d) => ({ actor: d.get('actorUid'), subject: d.get('subject'), data: d.get('data') })),
    ).toEqual([
      {
        actor: 'j1',
        subject: { kind: 'sheet', id: `${roundId}__j1__${entryId}` },
        data: { reason: REASON, roundId, entryId, replacement },
      },
    ]);

    // A second click changes nothing.
    expect(await recuse(entryId)).toEqual({ replacement: null });
    expect(await reviewPairs()).toEqual(expected);
  });

  it('creates the recused sheet when the judge had not started it', async () => {
    const entryId = await draftOfJ1();
    const ref = db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`);
    await ref.delete(); // not started: no sheet at all
    const { replacement } = await recuse(entryId);
    expect(replacement).not.toBeNull();
    expect((await ref.get()).data()).toMatchObject({
      status: 'recused',
      revision: 1,
      scores: {},
      comments: {},
      comment: '',
      submittedAt: null,
    });
  });

  it('refuses an entry not assigned to the judge, a submitted sheet, a closed round and a missing reason', async () => {
    const before = await reviewPairs();
    const mine = new Set(before.filter((id) => id.startsWith('j1__')).map((id) => id.slice(4)));
    const notMine = before.map((id) => id.split('__')[1]!).find((e) => !mine.has(e))!;
    await expect(recuse(notMine)).rejects.toMatchObject({ code: 'permission-denied' });

    const submitted = await db()
      .collection(`competitions/${cid}/sheets`)
      .where('judgeUid', '==', 'j1')
      .where('status', '==', 'submitted')
      .limit(1)
      .get();
    await expect(recuse(submitted.docs[0]!.get('entryId'))).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('submitted'),
    });

    const entryId = await draftOfJ1();
    await expect(recuse(entryId, 'j1', { reason: '' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(recuse(entryId, 'j1', { reason: undefined })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(recuse(entryId, 'organizer')).rejects.toMatchObject({ code: 'permission-denied' });

    const ref = db().doc(`competitions/${cid}`);
    const rounds = (await ref.get()).get('rounds') as { id: string; status: string }[];
    await ref.update({
      rounds: rounds.map((r) => (r.id === roundId ? { ...r, status: 'closed' } : r)),
      openRoundIds: [],
    });
    await expect(recuse(entryId)).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('not open'),
    });

    expect(await reviewPairs()).toEqual(before);
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'sheet.recused').get();
    expect(audit.size).toBe(0);
    const sheet = await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`).get();
    expect(sheet.get('status')).toBe('draft');
  });

  it('keeps the recusal when no judge is left to replace, and says so in the audit', async () => {
    const entryId = await draftOfJ1();
    // A stored plan whose pool for every track is exactly the judges on the entry now.
    const onEntry = (await reviewPairs()).filter((id) => id.endsWith(`__${entryId}`)).map((id) => id.split('__')[0]!);
    await db()
      .doc(`competitions/${cid}/assignmentPlans/${roundId}`)
      .set({
        strategy: 'engine',
        pools: ['enterprise', 'team'].map((trackId) => ({ trackId, k: onEntry.length, judgeUids: onEntry })),
      });
    expect(await recuse(entryId)).toEqual({ replacement: null });
    const sheet = await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${entryId}`).get();
    expect(sheet.get('status')).toBe('recused');
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'sheet.recused').get();
    expect(audit.docs[0]!.get('data.replacementProblems')).toEqual([
      expect.objectContaining({ code: 'too-few-judges', entryId, needed: onEntry.length }),
    ]);
  });
});
