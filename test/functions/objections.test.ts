// raiseObjection / answerObjection: a team objects to the latest version while
// it is under public notice (the server's clock), one open objection per team
// and version; organizers answer each once, upheld or dismissed, with a
// reason. Everyone else is refused; every step is audited.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
const DAY = 24 * 3600 * 1000;
const REASON = '我们的路演得分似乎漏计了一位评委的评分表';

let raise: Awaited<ReturnType<typeof loadCallable>>;
let answer: Awaited<ReturnType<typeof loadCallable>>;

/** A published version as publishResults writes it (PublishedVersion without its id, plus publishedBy). */
async function publishVersion(version: number, noticeUntil: number | null, publishedAt = Date.now() - DAY) {
  await db()
    .doc(`competitions/${cid}/publishedResults/v${version}`)
    .set({
      version,
      roundId,
      roundName: '网络评审',
      roundNameEn: 'Online review',
      publishedAt: Timestamp.fromMillis(publishedAt),
      reason: version > 1 ? '更正一位评委的评分' : null,
      noticeUntil: noticeUntil === null ? null : Timestamp.fromMillis(noticeUntil),
      computedAt: Timestamp.fromMillis(publishedAt - 1000),
      exportSha256: 'a'.repeat(64),
      exportPath: `public/${cid}/v${version}/export.json`,
      method: { method: 'mean', trim: 0, normalization: 'none', minSheets: 1 },
      tiers: [],
      publishedBy: 'organizer',
    });
}

const raiseAs = (uid: string | undefined, extra: Record<string, unknown> = {}) =>
  raise({ competitionId: cid, versionId: 'v1', reason: REASON, ...extra }, uid) as Promise<{ objectionId: string }>;
const answerAs = (uid: string | undefined, objectionId: string, extra: Record<string, unknown> = {}) =>
  answer({ competitionId: cid, objectionId, decision: 'dismissed', answer: '复核无误', ...extra }, uid) as Promise<{
    status: string;
  }>;

async function auditOf(type: string) {
  const snap = await db().collection(`competitions/${cid}/audit`).where('type', '==', type).get();
  return snap.docs.map((d) => ({ actor: d.get('actorUid'), subject: d.get('subject'), data: d.get('data') }));
}

beforeAll(async () => {
  [raise, answer] = await Promise.all([loadCallable('raiseObjection'), loadCallable('answerObjection')]);
  await freshDemo();
}, 180_000);

beforeEach(async () => {
  for (const c of ['publishedResults', 'objections', 'audit']) {
    await db().recursiveDelete(db().collection(`competitions/${cid}/${c}`));
  }
}, 60_000);

describe('raiseObjection', () => {
  it('takes an objection during the notice period, with the team’s entries, audited', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    const { objectionId } = await raiseAs('team1');

    const member = await db().doc(`competitions/${cid}/members/team1`).get();
    const entryIds = member.get('entryIds') as string[];
    expect(entryIds.length).toBeGreaterThan(0);
    const codes = await Promise.all(
      entryIds.map(async (e) => (await db().doc(`competitions/${cid}/entries/${e}`).get()).get('code') as string),
    );
    const doc = await db().doc(`competitions/${cid}/objections/${objectionId}`).get();
    expect(doc.data()).toMatchObject({
      versionId: 'v1',
      version: 1,
      teamUid: 'team1',
      entryIds,
      entryCodes: codes,
      reason: REASON,
      status: 'open',
      answer: '',
      answeredAt: null,
      answeredBy: null,
    });
    expect(doc.get('raisedAt')).toBeInstanceOf(Timestamp);
    expect(await auditOf('objection.raised')).toEqual([
      {
        actor: 'team1',
        subject: { kind: 'objection', id: objectionId },
        data: { versionId: 'v1', version: 1, entryCodes: codes, reason: REASON },
      },
    ]);
  });

  it('refuses a second open objection of the same team, even two at once; another team may object', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    const both = await Promise.allSettled([raiseAs('team1'), raiseAs('team1')]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'failed-precondition', details: { reason: 'already-open' } });
    await expect(raiseAs('team1')).rejects.toMatchObject({ details: { reason: 'already-open' } });
    await raiseAs('team2');

    const all = await db().collection(`competitions/${cid}/objections`).get();
    expect(all.docs.map((d) => d.get('teamUid')).sort()).toEqual(['team1', 'team2']);
    expect(await auditOf('objection.raised')).toHaveLength(2);
  });

  it('takes a new objection once the team’s open one is answered', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    const first = await raiseAs('team1');
    await answerAs('organizer', first.objectionId);
    const second = await raiseAs('team1', { reason: '补充说明' });
    expect(second.objectionId).not.toBe(first.objectionId);
  });

  it('refuses once the notice period is over, and on a version published as final', async () => {
    await publishVersion(1, Date.now() - 1000, Date.now() - 6 * DAY);
    await expect(raiseAs('team1')).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'notice-over' },
    });
    await publishVersion(1, null);
    await expect(raiseAs('team1')).rejects.toMatchObject({ details: { reason: 'notice-over' } });
    expect((await db().collection(`competitions/${cid}/objections`).get()).size).toBe(0);
    expect(await auditOf('objection.raised')).toEqual([]);
  });

  it('refuses a superseded version (a correction replaced it) and an unknown one', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    await publishVersion(2, Date.now() + 5 * DAY);
    await expect(raiseAs('team1')).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'superseded', latestVersionId: 'v2' },
    });
    await expect(raiseAs('team1', { versionId: 'v3' })).rejects.toMatchObject({
      code: 'not-found',
      details: { reason: 'no-such-version' },
    });
    await raiseAs('team1', { versionId: 'v2' });
  });

  it('refuses a judge, an organizer, an outsider and a signed-out caller', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    for (const uid of ['j1', 'organizer', 'someone-else']) {
      await expect(raiseAs(uid), uid).rejects.toMatchObject({ code: 'permission-denied' });
    }
    await expect(raiseAs(undefined)).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await db().collection(`competitions/${cid}/objections`).get()).size).toBe(0);
  });

  it('refuses an empty or too long reason and a malformed version id, field by field', async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    await expect(raiseAs('team1', { reason: '   ' })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { fields: [{ path: 'reason', message: 'validation.required' }] },
    });
    await expect(raiseAs('team1', { reason: '异'.repeat(1001) })).rejects.toMatchObject({
      details: { fields: [{ path: 'reason', message: 'validation.tooLong' }] },
    });
    await expect(raiseAs('team1', { versionId: '../v1' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('answerObjection', () => {
  let objectionId: string;
  beforeEach(async () => {
    await publishVersion(1, Date.now() + 5 * DAY);
    ({ objectionId } = await raiseAs('team1'));
  });

  it('upholds with a reason, audited; a second answer is refused and changes nothing', async () => {
    expect(await answerAs('organizer', objectionId, { decision: 'upheld', answer: '将发布更正' })).toEqual({
      status: 'upheld',
    });
    const doc = await db().doc(`competitions/${cid}/objections/${objectionId}`).get();
    expect(doc.data()).toMatchObject({ status: 'upheld', answer: '将发布更正', answeredBy: 'organizer' });
    expect(doc.get('answeredAt')).toBeInstanceOf(Timestamp);
    expect(await auditOf('objection.answered')).toEqual([
      {
        actor: 'organizer',
        subject: { kind: 'objection', id: objectionId },
        data: { decision: 'upheld', answer: '将发布更正', versionId: 'v1', teamUid: 'team1' },
      },
    ]);

    await expect(answerAs('organizer', objectionId)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'already-answered', status: 'upheld' },
    });
    expect((await db().doc(`competitions/${cid}/objections/${objectionId}`).get()).get('status')).toBe('upheld');
    expect(await auditOf('objection.answered')).toHaveLength(1);
  });

  it('dismisses with a reason', async () => {
    expect(await answerAs('organizer', objectionId)).toEqual({ status: 'dismissed' });
    const doc = await db().doc(`competitions/${cid}/objections/${objectionId}`).get();
    expect(doc.data()).toMatchObject({ status: 'dismissed', answer: '复核无误' });
  });

  it('refuses the objecting team, a judge and a signed-out caller; an unknown objection; no answer or decision', async () => {
    for (const uid of ['team1', 'team2', 'j1']) {
      await expect(answerAs(uid, objectionId), uid).rejects.toMatchObject({ code: 'permission-denied' });
    }
    await expect(answerAs(undefined, objectionId)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(answerAs('organizer', 'nope')).rejects.toMatchObject({
      code: 'not-found',
      details: { reason: 'no-such-objection' },
    });
    await expect(answerAs('organizer', objectionId, { answer: '' })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { fields: [{ path: 'answer', message: 'validation.required' }] },
    });
    await expect(answerAs('organizer', objectionId, { decision: 'maybe' })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { fields: [{ path: 'decision', message: 'validation.invalid' }] },
    });
    expect((await db().doc(`competitions/${cid}/objections/${objectionId}`).get()).get('status')).toBe('open');
    expect(await auditOf('objection.answered')).toEqual([]);
  });
});
