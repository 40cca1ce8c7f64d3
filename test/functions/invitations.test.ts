// Invitations: organizers invite judges (and the owner co-organizers) by
// email; the invited person, signed in with that email, accepts once, before
// the invitation expires or is revoked; every step is audited.
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditOf,
  db,
  DAY,
  loadPeopleCallable,
  makeCompetition,
  memberDoc,
  type Call,
  type Caller,
  type Fixture,
  warmUp,
} from './people-fixtures';

let createInvitations: Call;
let revokeInvitation: Call;
let acceptInvitation: Call;

beforeAll(async () => {
  createInvitations = await loadPeopleCallable('createInvitations');
  revokeInvitation = await loadPeopleCallable('revokeInvitation');
  acceptInvitation = await loadPeopleCallable('acceptInvitation');
  await warmUp(createInvitations);
});

interface Created {
  invitations: { token: string; name: string; email: string }[];
  skipped: { email: string; reason: string }[];
}
const invite = (f: Fixture, data: Record<string, unknown>, caller: Caller = f.owner) =>
  createInvitations({ competitionId: f.cid, role: 'judge', ...data }, caller) as Promise<Created>;
const accept = (f: Fixture, token: string, caller: Caller) =>
  acceptInvitation({ competitionId: f.cid, token }, caller) as Promise<{ competitionId: string; role: string }>;
const revoke = (f: Fixture, token: string, caller: Caller = f.owner) =>
  revokeInvitation({ competitionId: f.cid, token }, caller) as Promise<{ status: string }>;
const invitationDoc = (f: Fixture, token: string) => db().doc(`competitions/${f.cid}/invitations/${token}`);
const memberOf = async (f: Fixture, uid: string) =>
  (await db().doc(`competitions/${f.cid}/members/${uid}`).get()).data();
/** Someone not yet in the competition. */
const newcomer = (f: Fixture, name: string): Caller => ({ uid: `${f.cid}-${name}`, email: `${name}@people.test` });

async function inviteOne(f: Fixture, who: Caller, role = 'judge', name = '李四'): Promise<string> {
  const { invitations } = await invite(f, { role, people: [{ name, email: who.email }] });
  expect(invitations).toHaveLength(1);
  return invitations[0]!.token;
}

describe('createInvitations', () => {
  it('invites judges by email: one pending invitation each, with a secret token, audited', async () => {
    const f = await makeCompetition();
    const before = Date.now();
    const result = await invite(
      f,
      {
        people: [
          { name: ' 王五 ', email: ' Wang.Wu@Example.COM ' },
          { name: '', email: 'zhao@example.com' },
        ],
      },
      f.organizer,
    );
    expect(result.skipped).toEqual([]);
    expect(result.invitations.map(({ name, email }) => ({ name, email }))).toEqual([
      { name: '王五', email: 'wang.wu@example.com' },
      { name: '', email: 'zhao@example.com' },
    ]);
    const [first, second] = result.invitations.map((i) => i.token);
    expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first).not.toBe(second);

    const doc = (await invitationDoc(f, first!).get()).data()!;
    expect(doc).toMatchObject({
      competitionId: f.cid,
      competitionTitle: `测试大赛 ${f.cid}`,
      competitionTitleEn: `Contest ${f.cid}`,
      role: 'judge',
      name: '王五',
      email: 'wang.wu@example.com',
      status: 'pending',
      createdBy: f.organizer.uid,
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    });
    const created = (doc.createdAt as Timestamp).toMillis();
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect((doc.expiresAt as Timestamp).toMillis() - created).toBe(14 * DAY);

    expect(await auditOf(f.cid, 'invitation.created')).toEqual(
      expect.arrayContaining(
        result.invitations.map((i) => ({
          actorUid: f.organizer.uid,
          subject: { kind: 'invitation', id: i.token },
          data: { role: 'judge', email: i.email },
        })),
      ),
    );
    expect(await auditOf(f.cid, 'invitation.created')).toHaveLength(2);
  });

  it('lets only the owner invite organizers, with the expiry asked for', async () => {
    const f = await makeCompetition();
    const people = [{ name: '钱七', email: 'qian@example.com' }];
    await expect(invite(f, { role: 'organizer', people }, f.organizer)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'owner-only' },
    });
    expect(await auditOf(f.cid, 'invitation.created')).toEqual([]);

    const { invitations } = await invite(f, { role: 'organizer', people, expiresInDays: 3 });
    const doc = (await invitationDoc(f, invitations[0]!.token).get()).data()!;
    expect(doc.role).toBe('organizer');
    expect((doc.expiresAt as Timestamp).toMillis() - (doc.createdAt as Timestamp).toMillis()).toBe(3 * DAY);
  });

  it('skips repeats, members and people with a live invitation, but not an expired or revoked one', async () => {
    const f = await makeCompetition();
    const { invitations } = await invite(f, {
      people: [
        { name: 'a', email: 'pending@example.com' },
        { name: 'b', email: 'expired@example.com' },
        { name: 'c', email: 'revoked@example.com' },
      ],
    });
    const [, expired, revoked] = invitations.map((i) => i.token);
    await invitationDoc(f, expired!).update({ expiresAt: Timestamp.fromMillis(Date.now() - DAY) });
    await revoke(f, revoked!);

    const result = await invite(f, {
      people: [
        { name: 'x', email: 'new@example.com' },
        { name: 'x again', email: 'NEW@example.com' },
        { name: 'judge', email: f.judge.email!.toUpperCase() },
        { name: 'team', email: f.team.email },
        { name: 'a', email: 'pending@example.com' },
        { name: 'b', email: 'expired@example.com' },
        { name: 'c', email: 'revoked@example.com' },
      ],
    });
    expect(result.invitations.map((i) => i.email)).toEqual([
      'new@example.com',
      'expired@example.com',
      'revoked@example.com',
    ]);
    expect(result.skipped).toEqual([
      { email: 'new@example.com', reason: 'duplicate' },
      { email: f.judge.email, reason: 'already-member' },
      { email: f.team.email, reason: 'already-member' },
      { email: 'pending@example.com', reason: 'pending-invitation' },
    ]);
  });

  it('refuses bad emails and names field by field, with the form paths and validation keys, writing nothing', async () => {
    const f = await makeCompetition();
    const err = await invite(f, {
      people: [
        { name: 'ok', email: 'ok@example.com' },
        { name: 'bad', email: 'not-an-email' },
        { name: 'x'.repeat(101), email: '' },
      ],
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('people.1.email'),
      details: {
        fields: [
          { path: 'people.1.email', message: 'validation.emailInvalid' },
          { path: 'people.2.name', message: 'validation.tooLong' },
          { path: 'people.2.email', message: 'validation.required' },
        ],
      },
    });
    expect((await db().collection(`competitions/${f.cid}/invitations`).get()).size).toBe(0);

    for (const [data, path, message] of [
      [{ people: [] }, 'people', 'validation.required'],
      [{ people: 'a@example.com' }, 'people', 'validation.invalid'],
      [{ people: Array(301).fill({ name: '', email: 'a@example.com' }) }, 'people', 'validation.tooMany'],
      [{ role: 'team', people: [{ email: 'a@example.com' }] }, 'role', 'validation.invalid'],
      [{ people: [{ email: 'a@example.com' }], expiresInDays: 91 }, 'expiresInDays', 'validation.countInvalid'],
      [{ people: [{ email: 'a@example.com' }], expiresInDays: 0 }, 'expiresInDays', 'validation.countInvalid'],
    ] as const) {
      await expect(invite(f, data), path).rejects.toMatchObject({
        code: 'invalid-argument',
        details: { fields: [{ path, message }] },
      });
    }
  });

  it('refuses judges, teams, strangers and signed-out callers before reading the list', async () => {
    const f = await makeCompetition();
    const people = [{ name: '', email: 'a@example.com' }];
    for (const caller of [f.judge, f.team, f.stranger]) {
      await expect(invite(f, { people: 'hostile' }, caller), caller.uid).rejects.toMatchObject({
        code: 'permission-denied',
      });
    }
    await expect(createInvitations({ competitionId: f.cid, role: 'judge', people })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await expect(createInvitations({ competitionId: '../x', role: 'judge', people }, f.owner)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('competitionId'),
    });
  });
});

describe('acceptInvitation', () => {
  it('makes the invited email a member with the invitation role, once, audited; again from the same account changes nothing', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);

    // The email compares without case.
    const caller = { ...li, email: li.email!.toUpperCase() };
    expect(await accept(f, token, caller)).toEqual({ competitionId: f.cid, role: 'judge' });
    expect(await memberOf(f, li.uid)).toMatchObject({
      uid: li.uid,
      competitionId: f.cid,
      role: 'judge',
      displayName: '李四',
      email: li.email,
      entryIds: [],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
    });
    const doc = (await invitationDoc(f, token).get()).data()!;
    expect(doc).toMatchObject({ status: 'accepted', acceptedBy: li.uid });
    expect(doc.acceptedAt).toBeInstanceOf(Timestamp);
    const trail = [
      {
        actorUid: li.uid,
        subject: { kind: 'invitation', id: token },
        data: { role: 'judge', email: li.email, memberCreated: true },
      },
    ];
    expect(await auditOf(f.cid, 'invitation.accepted')).toEqual(trail);

    // A second click, or the link opened again later: same answer, nothing written.
    await db()
      .doc(`competitions/${f.cid}/members/${li.uid}`)
      .update({ tags: ['AI'] });
    expect(await accept(f, token, caller)).toEqual({ competitionId: f.cid, role: 'judge' });
    expect((await memberOf(f, li.uid))!.tags).toEqual(['AI']);
    expect(await auditOf(f.cid, 'invitation.accepted')).toEqual(trail);
  });

  it('makes an organizer from an organizer invitation; a blank name takes the profile or account name', async () => {
    const f = await makeCompetition();
    const qian = { ...newcomer(f, 'qian'), name: '钱七 (account)' };
    const token = await inviteOne(f, qian, 'organizer', '');
    expect(await accept(f, token, qian)).toEqual({ competitionId: f.cid, role: 'organizer' });
    expect(await memberOf(f, qian.uid)).toMatchObject({ role: 'organizer', displayName: '钱七 (account)' });

    const sun = newcomer(f, 'sun');
    await db().doc(`users/${sun.uid}`).set({ displayName: '孙八', email: sun.email });
    const token2 = await inviteOne(f, sun, 'judge', '');
    await accept(f, token2, sun);
    expect((await memberOf(f, sun.uid))!.displayName).toBe('孙八');
  });

  it('refuses another email, naming the invited one; the invitation stays pending for the right person', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    const other = newcomer(f, 'zhou');
    await expect(accept(f, token, other)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'wrong-email', email: li.email },
    });
    // An account without an email is another email.
    await expect(accept(f, token, { uid: other.uid })).rejects.toMatchObject({
      details: { reason: 'wrong-email' },
    });
    expect(await memberOf(f, other.uid)).toBeUndefined();
    expect((await invitationDoc(f, token).get()).get('status')).toBe('pending');
    await accept(f, token, li);
  });

  it('refuses an expired invitation', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    await invitationDoc(f, token).update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    await expect(accept(f, token, li)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'expired' },
    });
    expect(await memberOf(f, li.uid)).toBeUndefined();
  });

  it('refuses a revoked invitation and an unknown token', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    await revoke(f, token);
    await expect(accept(f, token, li)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'revoked' },
    });
    await expect(accept(f, 'AAAAAAAAAAAAAAAAAAAAAAAA', li)).rejects.toMatchObject({
      code: 'not-found',
      details: { reason: 'unknown' },
    });
    // A token of another competition is unknown here.
    const g = await makeCompetition();
    const other = await inviteOne(g, li);
    await expect(accept(f, other, li)).rejects.toMatchObject({ code: 'not-found' });
    expect(await memberOf(f, li.uid)).toBeUndefined();
  });

  it('is used once: another account with the same email is refused after acceptance', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    await accept(f, token, li);
    const twin = { uid: `${f.cid}-twin`, email: li.email };
    await expect(accept(f, token, twin)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'used' },
    });
    expect(await memberOf(f, twin.uid)).toBeUndefined();
  });

  it('refuses a member with another role; a member with the same role only marks it accepted', async () => {
    const f = await makeCompetition();
    const token = await inviteOne(f, { uid: 'x', email: 'judge-as-organizer@example.com' }, 'organizer');
    const judge = { ...f.judge, email: 'judge-as-organizer@example.com' };
    await expect(accept(f, token, judge)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'already-member', role: 'judge' },
    });
    expect((await memberOf(f, f.judge.uid))!.role).toBe('judge');

    // Invited, then added by other means before accepting: accepting keeps the membership as it is.
    const li = newcomer(f, 'li');
    const token2 = await inviteOne(f, li);
    await memberDoc(f.cid, li, 'judge', { tags: ['医疗'] });
    expect(await accept(f, token2, li)).toEqual({ competitionId: f.cid, role: 'judge' });
    expect((await memberOf(f, li.uid))!.tags).toEqual(['医疗']);
    expect((await invitationDoc(f, token2).get()).get('status')).toBe('accepted');
  });

  it('refuses signed-out callers and malformed tokens', async () => {
    const f = await makeCompetition();
    await expect(acceptInvitation({ competitionId: f.cid, token: 'abc' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const li = newcomer(f, 'li');
    for (const token of ['../x', '', 'a/b', 'a__b', 42, null, { t: 1 }, 'x'.repeat(200)]) {
      await expect(accept(f, token as string, li), JSON.stringify(token)).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringContaining('token'),
      });
    }
  });
});

describe('revokeInvitation', () => {
  it('revokes a pending invitation, audited; a second revoke changes nothing', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    expect(await revoke(f, token, f.organizer)).toEqual({ status: 'revoked' });
    const doc = (await invitationDoc(f, token).get()).data()!;
    expect(doc.status).toBe('revoked');
    expect(doc.revokedAt).toBeInstanceOf(Timestamp);
    const trail = [
      {
        actorUid: f.organizer.uid,
        subject: { kind: 'invitation', id: token },
        data: { role: 'judge', email: li.email },
      },
    ];
    expect(await auditOf(f.cid, 'invitation.revoked')).toEqual(trail);
    expect(await revoke(f, token)).toEqual({ status: 'revoked' });
    expect(await auditOf(f.cid, 'invitation.revoked')).toEqual(trail);
  });

  it('refuses an accepted invitation, and an organizer invitation unless the owner revokes it', async () => {
    const f = await makeCompetition();
    const li = newcomer(f, 'li');
    const token = await inviteOne(f, li);
    await accept(f, token, li);
    await expect(revoke(f, token)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'already-accepted' },
    });
    expect((await invitationDoc(f, token).get()).get('status')).toBe('accepted');

    const orgToken = await inviteOne(f, newcomer(f, 'qian'), 'organizer');
    await expect(revoke(f, orgToken, f.organizer)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'owner-only' },
    });
    expect(await revoke(f, orgToken, f.owner)).toEqual({ status: 'revoked' });
    await expect(revoke(f, 'AAAAAAAAAAAAAAAAAAAAAAAA')).rejects.toMatchObject({
      code: 'not-found',
      details: { reason: 'unknown' },
    });
  });

  it('refuses judges and organizers of another competition', async () => {
    const f = await makeCompetition();
    const token = await inviteOne(f, newcomer(f, 'li'));
    for (const caller of [f.judge, f.team, f.stranger]) {
      await expect(revoke(f, token, caller), caller.uid).rejects.toMatchObject({ code: 'permission-denied' });
    }
    // The stranger's own competition does not hold this token.
    await expect(revoke({ ...f, cid: `${f.cid}-other` }, token, f.stranger)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await invitationDoc(f, token).get()).get('status')).toBe('pending');
  });
});
