// Managing people: removing members (a judge's submitted sheets stay, access
// ends at once), handing on ownership, and disqualifying or reinstating
// entries; only the right organizers may, and hostile payloads are refused.
import { doc, getDoc } from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  account,
  assignmentDoc,
  auditOf,
  db,
  entryDoc,
  ids,
  loadPeopleCallable,
  makeCompetition,
  memberDoc,
  sheetDoc,
  warmUp,
  type Call,
  type Caller,
  type Fixture,
} from './people-fixtures';
import { signedInAs } from './web-client';

const NAMES = [
  'removeMember',
  'transferOwnership',
  'setEntryEligibility',
  'createInvitations',
  'revokeInvitation',
  'acceptInvitation',
] as const;
const fns = {} as Record<(typeof NAMES)[number], Call>;

beforeAll(async () => {
  for (const name of NAMES) fns[name] = await loadPeopleCallable(name);
  await warmUp(fns.removeMember);
});

const remove = (f: Fixture, uid: string, caller: Caller = f.owner) =>
  fns.removeMember({ competitionId: f.cid, uid }, caller) as Promise<{
    role: string;
    keptSheets: number;
    removedAssignments: number;
  }>;
const transfer = (f: Fixture, uid: string, caller: Caller = f.owner) =>
  fns.transferOwnership({ competitionId: f.cid, uid }, caller) as Promise<{ ownerUid: string }>;
const eligibility = (f: Fixture, data: Record<string, unknown>, caller: Caller = f.organizer) =>
  fns.setEntryEligibility({ competitionId: f.cid, reason: '抄袭他人项目', ...data }, caller) as Promise<{
    status: string;
  }>;
const memberExists = async (f: Fixture, uid: string) =>
  (await db().doc(`competitions/${f.cid}/members/${uid}`).get()).exists;
const entryOf = async (f: Fixture, eid: string) =>
  (await db().doc(`competitions/${f.cid}/entries/${eid}`).get()).data()!;

describe('removeMember', () => {
  it('removes a judge with their assignments and drafts; submitted and recused sheets stay; access ends at once', async () => {
    const f = await makeCompetition();
    const { cid, judge, judge2 } = f;
    for (const e of ['e1', 'e2', 'e3', 'e4']) await assignmentDoc(cid, judge.uid, e);
    await assignmentDoc(cid, judge2.uid, 'e1');
    await sheetDoc(cid, judge.uid, 'e1', 'submitted');
    await sheetDoc(cid, judge.uid, 'e2', 'draft');
    await sheetDoc(cid, judge.uid, 'e3', 'draft', 'final');
    await sheetDoc(cid, judge.uid, 'e5', 'recused');
    await sheetDoc(cid, judge2.uid, 'e1', 'draft');

    // The judge reads their own sheet through the rules while a member.
    await account(judge);
    const web = await signedInAs(judge.email!);
    try {
      const submitted = doc(web.db, `competitions/${cid}/sheets/review__${judge.uid}__e1`);
      expect((await getDoc(submitted)).exists()).toBe(true);

      expect(await remove(f, judge.uid, f.organizer)).toEqual({ role: 'judge', keptSheets: 2, removedAssignments: 4 });

      await expect(getDoc(submitted)).rejects.toMatchObject({ code: 'permission-denied' });
    } finally {
      await web.close();
    }
    expect(await memberExists(f, judge.uid)).toBe(false);
    expect(await ids(`competitions/${cid}/assignments`)).toEqual([`${judge2.uid}__e1`]);
    expect(await ids(`competitions/${cid}/sheets`)).toEqual(
      [`review__${judge.uid}__e1`, `review__${judge.uid}__e5`, `review__${judge2.uid}__e1`].sort(),
    );
    expect(await auditOf(cid, 'member.removed')).toEqual([
      {
        actorUid: f.organizer.uid,
        subject: { kind: 'member', id: judge.uid },
        data: { role: 'judge', keptSheets: 2, removedAssignments: 4, removedDrafts: 2 },
      },
    ]);
    // Removed already: nothing more to remove.
    await expect(remove(f, judge.uid)).rejects.toMatchObject({ code: 'not-found', details: { reason: 'not-member' } });
  });

  it('lets the owner remove an organizer, and no other organizer', async () => {
    const f = await makeCompetition();
    const third = { uid: `${f.cid}-org3`, email: `org3.${f.cid}@people.test` };
    await memberDoc(f.cid, third, 'organizer');

    await expect(remove(f, third.uid, f.organizer)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'owner-only' },
    });
    // Not even themself.
    await expect(remove(f, f.organizer.uid, f.organizer)).rejects.toMatchObject({
      details: { reason: 'owner-only' },
    });
    expect(await memberExists(f, third.uid)).toBe(true);

    expect(await remove(f, third.uid)).toEqual({ role: 'organizer', keptSheets: 0, removedAssignments: 0 });
    expect(await memberExists(f, third.uid)).toBe(false);
    expect(await auditOf(f.cid, 'member.removed')).toEqual([
      {
        actorUid: f.owner.uid,
        subject: { kind: 'member', id: third.uid },
        data: { role: 'organizer', keptSheets: 0, removedAssignments: 0, removedDrafts: 0 },
      },
    ]);
    // The removed organizer can do nothing more.
    await expect(remove(f, f.judge.uid, third)).rejects.toMatchObject({ code: 'permission-denied' });
  });

  it('refuses to remove the owner or a team', async () => {
    const f = await makeCompetition();
    for (const caller of [f.owner, f.organizer]) {
      await expect(remove(f, f.owner.uid, caller)).rejects.toMatchObject({
        code: 'failed-precondition',
        details: { reason: 'owner' },
      });
    }
    await expect(remove(f, f.team.uid)).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'team' },
    });
    expect(await memberExists(f, f.owner.uid)).toBe(true);
    expect(await memberExists(f, f.team.uid)).toBe(true);
    expect(await auditOf(f.cid, 'member.removed')).toEqual([]);
  });

  it('refuses judges, teams and organizers of another competition', async () => {
    const f = await makeCompetition();
    for (const caller of [f.judge2, f.team, f.stranger]) {
      await expect(remove(f, f.judge.uid, caller), caller.uid).rejects.toMatchObject({ code: 'permission-denied' });
    }
    expect(await memberExists(f, f.judge.uid)).toBe(true);
  });
});

describe('transferOwnership', () => {
  it('hands the competition to another organizer, audited; the new owner then rules the organizers', async () => {
    const f = await makeCompetition();
    expect(await transfer(f, f.organizer.uid)).toEqual({ ownerUid: f.organizer.uid });
    expect((await db().doc(`competitions/${f.cid}`).get()).get('ownerUid')).toBe(f.organizer.uid);
    expect(await auditOf(f.cid, 'competition.owner-changed')).toEqual([
      {
        actorUid: f.owner.uid,
        subject: { kind: 'competition', id: f.cid },
        data: { from: f.owner.uid, to: f.organizer.uid },
      },
    ]);
    // The former owner is an organizer like any other now.
    await expect(transfer(f, f.owner.uid, f.owner)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'owner-only' },
    });
    await expect(
      fns.createInvitations({ competitionId: f.cid, role: 'organizer', people: [{ email: 'x@example.com' }] }, f.owner),
    ).rejects.toMatchObject({ details: { reason: 'owner-only' } });
    expect(await remove(f, f.owner.uid, f.organizer)).toMatchObject({ role: 'organizer' });
  });

  it('refuses a non-owner, and a target who is not an organizer here', async () => {
    const f = await makeCompetition();
    await expect(transfer(f, f.organizer.uid, f.organizer)).rejects.toMatchObject({
      code: 'permission-denied',
      details: { reason: 'owner-only' },
    });
    for (const uid of [f.judge.uid, f.team.uid, f.stranger.uid, 'nobody']) {
      await expect(transfer(f, uid), uid).rejects.toMatchObject({
        code: 'failed-precondition',
        details: { reason: 'not-organizer' },
      });
    }
    for (const caller of [f.judge, f.stranger]) {
      await expect(transfer(f, f.organizer.uid, caller)).rejects.toMatchObject({ code: 'permission-denied' });
    }
    expect((await db().doc(`competitions/${f.cid}`).get()).get('ownerUid')).toBe(f.owner.uid);
    expect(await auditOf(f.cid, 'competition.owner-changed')).toEqual([]);
  });
});

describe('setEntryEligibility', () => {
  async function withEntry() {
    const f = await makeCompetition();
    const { cid, judge, judge2 } = f;
    await entryDoc(cid, 'e1', 'submitted');
    await entryDoc(cid, 'e2', 'submitted');
    await assignmentDoc(cid, judge.uid, 'e1', ['review', 'final']);
    await assignmentDoc(cid, judge2.uid, 'e1');
    await assignmentDoc(cid, judge.uid, 'e2');
    await sheetDoc(cid, judge.uid, 'e1', 'submitted');
    await sheetDoc(cid, judge2.uid, 'e1', 'draft');
    await sheetDoc(cid, judge.uid, 'e2', 'draft');
    return f;
  }

  it('disqualifies: the entry leaves assignment (assignments and drafts go, submitted sheets stay), audited', async () => {
    const f = await withEntry();
    const { cid, judge } = f;
    expect(await eligibility(f, { entryId: 'e1', action: 'disqualify' })).toEqual({ status: 'disqualified' });
    expect(await entryOf(f, 'e1')).toMatchObject({ status: 'disqualified', revision: 4 });
    expect(await ids(`competitions/${cid}/assignments`)).toEqual([`${judge.uid}__e2`]);
    expect(await ids(`competitions/${cid}/sheets`)).toEqual(
      [`review__${judge.uid}__e1`, `review__${judge.uid}__e2`].sort(),
    );
    const trail = [
      {
        actorUid: f.organizer.uid,
        subject: { kind: 'entry', id: 'e1' },
        data: { code: 'Ae1', reason: '抄袭他人项目', from: 'submitted', removedAssignments: 2, removedDrafts: 1 },
      },
    ];
    expect(await auditOf(cid, 'entry.disqualified')).toEqual(trail);

    // A second click changes nothing.
    expect(await eligibility(f, { entryId: 'e1', action: 'disqualify' })).toEqual({ status: 'disqualified' });
    expect((await entryOf(f, 'e1')).revision).toBe(4);
    expect(await auditOf(cid, 'entry.disqualified')).toEqual(trail);

    // Reinstated: submitted again (it had been submitted), to be assigned again.
    expect(await eligibility(f, { entryId: 'e1', action: 'reinstate', reason: '复核无误' })).toEqual({
      status: 'submitted',
    });
    expect(await entryOf(f, 'e1')).toMatchObject({ status: 'submitted', revision: 5 });
    expect(await auditOf(cid, 'entry.reinstated')).toEqual([
      {
        actorUid: f.organizer.uid,
        subject: { kind: 'entry', id: 'e1' },
        data: { code: 'Ae1', reason: '复核无误', from: 'disqualified' },
      },
    ]);
  });

  it('reinstates a never-submitted entry as a draft, and refuses a withdrawn one', async () => {
    const f = await makeCompetition();
    await entryDoc(f.cid, 'd1', 'draft', null);
    await eligibility(f, { entryId: 'd1', action: 'disqualify' });
    expect(await eligibility(f, { entryId: 'd1', action: 'reinstate' })).toEqual({ status: 'draft' });
    expect((await entryOf(f, 'd1')).status).toBe('draft');

    await entryDoc(f.cid, 'w1', 'withdrawn', null);
    await expect(eligibility(f, { entryId: 'w1', action: 'disqualify' })).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'entry-status', status: 'withdrawn' },
    });
    expect((await entryOf(f, 'w1')).status).toBe('withdrawn');
    await expect(eligibility(f, { entryId: 'nope', action: 'disqualify' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses judges, teams and organizers of another competition, and bad payloads', async () => {
    const f = await withEntry();
    for (const caller of [f.judge, f.team, f.stranger]) {
      await expect(eligibility(f, { entryId: 'e1', action: 'disqualify' }, caller), caller.uid).rejects.toMatchObject({
        code: 'permission-denied',
      });
    }
    for (const bad of [
      { entryId: 'e1', action: 'disqualify', reason: '' },
      { entryId: 'e1', action: 'disqualify', reason: '   ' },
      { entryId: 'e1', action: 'disqualify', reason: 'x'.repeat(501) },
      { entryId: 'e1', action: 'disqualify', reason: undefined },
      { entryId: 'e1', action: 'delete' },
      { entryId: '../e1', action: 'disqualify' },
      { entryId: ['e1'], action: 'disqualify' },
    ]) {
      await expect(eligibility(f, bad), JSON.stringify(bad).slice(0, 80)).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
    expect((await entryOf(f, 'e1')).status).toBe('submitted');
    expect(await ids(`competitions/${f.cid}/assignments`)).toHaveLength(3);
  });
});

describe('hostile payloads to the people callables', () => {
  const huge = () => ({ people: Array.from({ length: 50_000 }, (_, i) => ({ name: 'x', email: `${i}@x.cn` })) });

  it('refuse signed-out callers and callers of the wrong role before reading the rest', async () => {
    const f = await makeCompetition();
    for (const name of NAMES) {
      await expect(fns[name]({ competitionId: f.cid, ...huge() }), name).rejects.toMatchObject({
        code: 'unauthenticated',
      });
      if (name === 'acceptInvitation') continue; // any signed-in user may accept
      await expect(fns[name]({ competitionId: f.cid, ...huge() }, f.judge), name).rejects.toMatchObject({
        code: 'permission-denied',
      });
    }
  });

  it('refuse malformed competition ids and ids with a message', async () => {
    const f = await makeCompetition();
    for (const competitionId of ['..', 'a/b', '', 'x'.repeat(200), 'a__b', 42, null, { id: 'x' }]) {
      for (const name of NAMES) {
        await expect(fns[name]({ competitionId, uid: 'x', token: 'x' }, f.owner), name).rejects.toMatchObject({
          code: 'invalid-argument',
          message: expect.stringContaining('competitionId'),
        });
      }
    }
    for (const uid of ['../x', 'a/b', '', 'a__b', 7, null]) {
      for (const name of ['removeMember', 'transferOwnership'] as const) {
        await expect(fns[name]({ competitionId: f.cid, uid }, f.owner), name).rejects.toMatchObject({
          code: 'invalid-argument',
          message: expect.stringContaining('uid'),
        });
      }
    }
    expect(await memberExists(f, f.judge.uid)).toBe(true);
  });
});
