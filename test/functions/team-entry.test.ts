// The team's journey on the server: registerTeam, submitEntry and
// changeEntryStatus, through the functions build, against the emulators
// (the deck goes through the real Storage trigger).
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPEN_COMPETITION_ID as cid } from '../../scripts/seed/open-contest.mjs';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID, freshDemo } from './seeded';

const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
const db = () => getFirestore(app());
const bucket = () => getStorage(app()).bucket('demo-judging.appspot.com');

type Fn = Awaited<ReturnType<typeof loadCallable>>;
let registerTeam: Fn;
let submitEntry: Fn;
let changeEntryStatus: Fn;
beforeAll(async () => {
  registerTeam = await loadCallable('registerTeam');
  submitEntry = await loadCallable('submitEntry');
  changeEntryStatus = await loadCallable('changeEntryStatus');
});
beforeEach(async () => {
  await freshDemo();
});

const enterprise = {
  trackId: 'enterprise',
  teamName: '昆仑光伏',
  contactName: '张伟',
  contactPhone: '+86 138-0971-0001',
  contactEmail: 'zhang@example.com',
  members: [{ name: '张伟', role: '负责人' }],
  companyName: '青海昆仑光伏科技有限公司',
  creditCode: '91630100ma7007919e',
};
const teamTrack = { ...enterprise, trackId: 'team', teamName: '青藜团队', companyName: '', creditCode: '' };

type Registered = { entryId: string; code: string; created: boolean };
const register = (uid: string, registration: unknown, competitionId = cid) =>
  registerTeam({ competitionId, registration }, uid) as Promise<Registered>;
const entryRef = (eid: string) => db().doc(`competitions/${cid}/entries/${eid}`);
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as { code: string; message: string; details?: Record<string, unknown> },
  );

describe('registerTeam', () => {
  it('creates the entry with its number, the identity and the membership, with an audit event', async () => {
    const out = await register('newbie', enterprise);
    expect(out).toMatchObject({ code: 'E-001', created: true });

    const entry = await entryRef(out.entryId).get();
    expect(entry.data()).toMatchObject({ code: 'E-001', trackId: 'enterprise', status: 'draft', revision: 0 });
    const identity = await db().doc(`competitions/${cid}/entryIdentities/${out.entryId}`).get();
    expect(identity.data()).toEqual({
      teamName: '昆仑光伏',
      organization: '青海昆仑光伏科技有限公司',
      contactName: '张伟',
      contactPhone: '13809710001',
      contactEmail: 'zhang@example.com',
      members: [{ name: '张伟', role: '负责人' }],
      creditCode: '91630100MA7007919E',
      ownerUids: ['newbie'],
    });
    const member = await db().doc(`competitions/${cid}/members/newbie`).get();
    expect(member.data()).toMatchObject({ role: 'team', entryIds: [out.entryId], competitionId: cid });
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'entry.registered').get();
    expect(audit.docs.map((d) => d.get('subject.id'))).toEqual([out.entryId]);
  });

  it('numbers entries per track, in order', async () => {
    expect((await register('a', enterprise)).code).toBe('E-001');
    expect((await register('b', teamTrack)).code).toBe('T-001');
    expect((await register('c', enterprise)).code).toBe('E-002');
  });

  it('never creates a second entry for the same account, even on a double click', async () => {
    const [one, two] = await Promise.all([register('newbie', enterprise), register('newbie', enterprise)]);
    expect(one.entryId).toBe(two.entryId);
    expect([one.created, two.created].sort()).toEqual([false, true]);
    const again = await register('newbie', teamTrack);
    expect(again).toEqual({ entryId: one.entryId, code: 'E-001', created: false });
    const entries = await db().collection(`competitions/${cid}/entries`).get();
    expect(entries.size).toBe(1);
  });

  it('refuses bad registrations field by field, and creates nothing', async () => {
    const err = await errorOf(
      register('newbie', {
        ...enterprise,
        contactPhone: '12345',
        creditCode: '91630100MA7007919X',
        members: [],
        teamName: '',
      }),
    );
    expect(err.code).toBe('invalid-argument');
    const problems = (err.details?.problems ?? []) as string[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^registration\.contactPhone: validation\.phoneInvalid/),
        expect.stringMatching(/^registration\.creditCode: validation\.creditCode/),
        expect.stringMatching(/^registration\.members: /),
        expect.stringMatching(/^registration\.teamName: /),
      ]),
    );
    expect((await errorOf(register('newbie', { ...enterprise, companyName: '', creditCode: '' }))).code).toBe(
      'invalid-argument',
    );
    expect((await errorOf(register('newbie', { ...enterprise, trackId: 'student' }))).code).toBe('invalid-argument');
    expect((await errorOf(register('newbie', 'not an object'))).code).toBe('invalid-argument');
    expect((await db().collection(`competitions/${cid}/entries`).get()).size).toBe(0);
  });

  it('refuses a closed competition with its deadline, and signed-out callers', async () => {
    const closed = await errorOf(register('newbie', enterprise, DEMO_COMPETITION_ID));
    expect(closed).toMatchObject({ code: 'failed-precondition', details: { reason: 'window-closed' } });
    expect(closed.message).toContain('Beijing time');
    await expect(registerTeam({ competitionId: cid, registration: enterprise })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await db().doc(`competitions/${cid}`).update({ visibility: 'private' });
    expect(await errorOf(register('newbie', enterprise))).toMatchObject({
      details: { reason: 'window-unavailable' },
    });
  });

  it('refuses an organizer of the competition registering as a team', async () => {
    expect(await errorOf(register('organizer', enterprise))).toMatchObject({ code: 'failed-precondition' });
  });
});

const complete = {
  title: '高原光伏组件智能清扫机器人',
  field: '光伏新能源',
  summary: '一句话介绍',
  problem: '高原风沙大',
  solution: '无水清扫',
  stage: 'prototype',
  financing: '',
  answers: { 'team-size': 8, ip: '发明专利 2 项', registered: 'yes' },
};
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** The team's own saves, as the rules allow them (content of a draft, next revision). */
async function save(eid: string, content: Record<string, unknown>) {
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(entryRef(eid));
    tx.update(entryRef(eid), { ...content, revision: snap.get('revision') + 1, updatedAt: Timestamp.now() });
  });
}

async function uploadDeck(eid: string) {
  const path = `competitions/${cid}/entries/${eid}/deck.pdf`;
  await bucket().file(path).save(PDF, { contentType: 'application/pdf' });
  for (let i = 0; i < 60 && (await entryRef(eid).get()).get('deckPath') !== path; i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  expect((await entryRef(eid).get()).get('deckPath')).toBe(path);
}

describe('submitEntry and changeEntryStatus', () => {
  it('lists what is missing, in form order, and submits nothing', async () => {
    const { entryId } = await register('newbie', enterprise);
    const err = await errorOf(submitEntry({ competitionId: cid, entryId }, 'newbie'));
    expect(err).toMatchObject({ code: 'failed-precondition', details: { reason: 'incomplete' } });
    expect((err.details!.missing as { field: string }[]).map((m) => m.field)).toEqual([
      'title',
      'field',
      'summary',
      'problem',
      'solution',
      'stage',
      'answers.team-size',
      'answers.ip',
      'answers.registered',
      'deck',
    ]);
    await save(entryId, complete);
    const noDeck = await errorOf(submitEntry({ competitionId: cid, entryId }, 'newbie'));
    expect(noDeck.details!.missing).toEqual([{ field: 'deck', key: 'validation.deckMissing' }]);
    expect((await entryRef(entryId).get()).get('status')).toBe('draft');
  });

  it('submits a complete entry at the server’s time, once however often it is pressed, with an audit event', async () => {
    const { entryId } = await register('newbie', enterprise);
    await save(entryId, complete);
    await uploadDeck(entryId);
    const before = Date.now();
    const [a, b] = await Promise.all([
      submitEntry({ competitionId: cid, entryId }, 'newbie'),
      submitEntry({ competitionId: cid, entryId }, 'newbie'),
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ code: 'E-001', status: 'submitted' });
    const entry = await entryRef(entryId).get();
    expect(entry.get('status')).toBe('submitted');
    expect(entry.get('submittedAt').toMillis()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'entry.submitted').get();
    expect(audit.size).toBe(1);
  });

  it('refuses an answer that breaks its question, naming it', async () => {
    const { entryId } = await register('newbie', enterprise);
    await save(entryId, { ...complete, answers: { ...complete.answers, 'team-size': 0, registered: 'maybe' } });
    await uploadDeck(entryId);
    const err = await errorOf(submitEntry({ competitionId: cid, entryId }, 'newbie'));
    expect(err.code).toBe('invalid-argument');
    expect(err.details!.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^answers\.team-size: /),
        expect.stringMatching(/^answers\.registered: /),
      ]),
    );
  });

  it('reopens, withdraws and reinstates before the deadline, each audited; nothing after it', async () => {
    const { entryId } = await register('newbie', enterprise);
    await save(entryId, complete);
    await uploadDeck(entryId);
    await submitEntry({ competitionId: cid, entryId }, 'newbie');
    await changeEntryStatus({ competitionId: cid, entryId, action: 'reopen' }, 'newbie');
    expect((await entryRef(entryId).get()).data()).toMatchObject({ status: 'draft', submittedAt: null });
    await changeEntryStatus({ competitionId: cid, entryId, action: 'withdraw' }, 'newbie');
    expect((await entryRef(entryId).get()).get('status')).toBe('withdrawn');
    await changeEntryStatus({ competitionId: cid, entryId, action: 'reopen' }, 'newbie');
    const types = (await db().collection(`competitions/${cid}/audit`).get()).docs.map((d) => d.get('type')).sort();
    expect(types).toEqual([
      'entry.registered',
      'entry.reopened',
      'entry.reopened',
      'entry.submitted',
      'entry.withdrawn',
    ]);

    await db()
      .doc(`competitions/${cid}`)
      .update({ submissionDeadline: Timestamp.fromMillis(Date.now() - 1000) });
    const late = await errorOf(submitEntry({ competitionId: cid, entryId }, 'newbie'));
    expect(late).toMatchObject({ code: 'failed-precondition', details: { reason: 'window-closed' } });
    expect(
      await errorOf(changeEntryStatus({ competitionId: cid, entryId, action: 'withdraw' }, 'newbie')),
    ).toMatchObject({ code: 'failed-precondition' });
    expect((await entryRef(entryId).get()).get('status')).toBe('draft');
  });

  it('refuses another team, a judge and bad actions', async () => {
    const { entryId } = await register('newbie', enterprise);
    await register('other', teamTrack);
    expect(await errorOf(submitEntry({ competitionId: cid, entryId }, 'other'))).toMatchObject({
      code: 'permission-denied',
    });
    expect(await errorOf(submitEntry({ competitionId: cid, entryId }, 'organizer'))).toMatchObject({
      code: 'permission-denied',
    });
    expect(await errorOf(changeEntryStatus({ competitionId: cid, entryId, action: 'submit' }, 'newbie'))).toMatchObject(
      { code: 'invalid-argument' },
    );
    expect(await errorOf(submitEntry({ competitionId: cid, entryId: '../x' }, 'newbie'))).toMatchObject({
      code: 'invalid-argument',
    });
  });
});
