// The organizer's way out of a stuck sheet: reopenSheet (submitted or recused
// → draft) and discardDraft (delete a draft), each with a reason, audited.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));

let reopenSheet: Awaited<ReturnType<typeof loadCallable>>;
let discardDraft: Awaited<ReturnType<typeof loadCallable>>;
let submitSheet: Awaited<ReturnType<typeof loadCallable>>;

beforeAll(async () => {
  reopenSheet = await loadCallable('reopenSheet');
  discardDraft = await loadCallable('discardDraft');
  submitSheet = await loadCallable('submitSheet');
});
beforeEach(async () => {
  await freshDemo();
});

async function oneSheet(status: string) {
  const snap = await db()
    .collection(`competitions/${cid}/sheets`)
    .where('roundId', '==', roundId)
    .where('status', '==', status)
    .limit(1)
    .get();
  return snap.docs[0]!;
}

async function auditOf(sheetId: string) {
  const snap = await db().collection(`competitions/${cid}/audit`).where('subject.id', '==', sheetId).get();
  return snap.docs.map((d) => ({ type: d.get('type'), actorUid: d.get('actorUid'), data: d.get('data') }));
}

describe('reopenSheet', () => {
  it('turns a submitted sheet back into a draft its judge can submit again, with an audit event', async () => {
    const sheet = await oneSheet('submitted');
    const scores = sheet.get('scores');
    await reopenSheet({ competitionId: cid, sheetId: sheet.id, reason: '评委申请修改' }, 'organizer');

    const after = await sheet.ref.get();
    expect(after.get('status')).toBe('draft');
    expect(after.get('submittedAt')).toBeNull();
    expect(after.get('scores')).toEqual(scores);
    expect(await auditOf(sheet.id)).toEqual([
      {
        type: 'sheet.reopened',
        actorUid: 'organizer',
        data: {
          reason: '评委申请修改',
          previousStatus: 'submitted',
          roundId,
          judgeUid: sheet.get('judgeUid'),
          entryId: sheet.get('entryId'),
        },
      },
    ]);
    await submitSheet(
      { competitionId: cid, roundId, entryId: sheet.get('entryId'), scores: { ...scores, pitch: 10 } },
      sheet.get('judgeUid'),
    );
    expect((await sheet.ref.get()).get('scores.pitch')).toBe(10);
  });

  it('reopens a recused sheet, keeping only numeric scores of a damaged one', async () => {
    const sheet = await oneSheet('recused');
    await sheet.ref.update({ scores: { innovation: 7, market: db().doc('a/b') }, comment: 42 });
    await reopenSheet({ competitionId: cid, sheetId: sheet.id, reason: 'recused by mistake' }, 'organizer');
    const after = await sheet.ref.get();
    expect(after.get('status')).toBe('draft');
    expect(after.get('scores')).toEqual({ innovation: 7 });
    expect(after.get('comment')).toBe('');
  });

  it('refuses a draft, a missing sheet, no reason, and anyone but an organizer', async () => {
    const draft = await oneSheet('draft');
    const submitted = await oneSheet('submitted');
    await expect(
      reopenSheet({ competitionId: cid, sheetId: draft.id, reason: 'x' }, 'organizer'),
    ).rejects.toMatchObject({ code: 'failed-precondition' });
    await expect(
      reopenSheet({ competitionId: cid, sheetId: 'review__j1__nope', reason: 'x' }, 'organizer'),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      reopenSheet({ competitionId: cid, sheetId: submitted.id, reason: '   ' }, 'organizer'),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(
      reopenSheet({ competitionId: cid, sheetId: submitted.id, reason: 'x' }, submitted.get('judgeUid')),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(reopenSheet({ competitionId: cid, sheetId: submitted.id, reason: 'x' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect((await submitted.ref.get()).get('status')).toBe('submitted');
    expect(await auditOf(submitted.id)).toEqual([]);
  });
});

describe('reopenSheet and discardDraft on damaged or closed sheets', () => {
  it('refuses to reopen a sheet of a closed round: it could never be submitted again', async () => {
    const sheet = await oneSheet('submitted');
    await db().doc(`competitions/${cid}`).update({ openRoundIds: [] });
    const err = await reopenSheet({ competitionId: cid, sheetId: sheet.id, reason: 'x' }, 'organizer').catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'failed-precondition', message: expect.stringContaining('not open') });
    expect((await sheet.ref.get()).get('status')).toBe('submitted');
  });

  it('reopens a submitted sheet whose id fields are damaged, taking them from its document id', async () => {
    const sheet = await oneSheet('submitted');
    await sheet.ref.update({ judgeUid: 42, entryId: db().doc('a/b') });
    await reopenSheet({ competitionId: cid, sheetId: sheet.id, reason: 'repair' }, 'organizer');
    const after = await sheet.ref.get();
    expect(after.get('judgeUid')).toBe(sheet.get('judgeUid'));
    expect(after.get('entryId')).toBe(sheet.get('entryId'));
  });

  it('discards a sheet so damaged it is no valid sheet, whatever its status says', async () => {
    const sheet = await oneSheet('submitted');
    await sheet.ref.update({ scores: { innovation: db().doc('a/b') } });
    await discardDraft({ competitionId: cid, sheetId: sheet.id, reason: '数据损坏' }, 'organizer');
    expect((await sheet.ref.get()).exists).toBe(false);
    expect((await auditOf(sheet.id))[0]?.data).toMatchObject({ status: 'submitted', damaged: true });
  });

  it('refuses sheet ids that are not {round}__{judge}__{entry}, reserved ones included', async () => {
    for (const sheetId of ['__x__', 'a__b', 'a/b__c__d', 'review__j1__..', '']) {
      await expect(
        discardDraft({ competitionId: cid, sheetId, reason: 'x' }, 'organizer'),
        sheetId,
      ).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('sheetId') });
    }
  });
});

describe('discardDraft', () => {
  it('deletes a draft, however damaged, with an audit event that names it', async () => {
    const draft = await oneSheet('draft');
    await draft.ref.update({ scores: { innovation: db().doc('a/b') }, status: 'draft' });
    await discardDraft({ competitionId: cid, sheetId: draft.id, reason: '轮次已结束' }, 'organizer');
    expect((await draft.ref.get()).exists).toBe(false);
    expect(await auditOf(draft.id)).toEqual([
      {
        type: 'sheet.draft-discarded',
        actorUid: 'organizer',
        data: {
          reason: '轮次已结束',
          status: 'draft',
          damaged: false,
          roundId,
          judgeUid: draft.get('judgeUid'),
          entryId: draft.get('entryId'),
        },
      },
    ]);
  });

  it('never deletes a submitted or recused sheet, and only organizers may discard', async () => {
    for (const status of ['submitted', 'recused']) {
      const sheet = await oneSheet(status);
      await expect(
        discardDraft({ competitionId: cid, sheetId: sheet.id, reason: 'x' }, 'organizer'),
      ).rejects.toMatchObject({ code: 'failed-precondition' });
      expect((await sheet.ref.get()).exists).toBe(true);
    }
    const draft = await oneSheet('draft');
    await expect(
      discardDraft({ competitionId: cid, sheetId: draft.id, reason: 'x' }, draft.get('judgeUid')),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(discardDraft({ competitionId: cid, sheetId: draft.id, reason: 'x' }, 'team1')).rejects.toMatchObject({
      code: 'permission-denied',
    });
    expect((await draft.ref.get()).exists).toBe(true);
  });
});
