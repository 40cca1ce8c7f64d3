import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  arrayUnion,
  collection,
  collectionGroup,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { memberDoc, useRulesEnv } from './setup';

const t = useRulesEnv();

const newMember = (uid: string, role: string, overrides: Record<string, unknown> = {}) => ({
  ...memberDoc('c1', uid, 'judge'),
  role,
  addedAt: serverTimestamp(),
  ...overrides,
});

describe('members: read', () => {
  it('lets a user find their memberships with a collection-group query on uid', async () => {
    await seedSecondMembership();
    const snap = await assertSucceeds(getDocs(query(collectionGroup(t.as('j1'), 'members'), where('uid', '==', 'j1'))));
    if (snap.size !== 2) throw new Error(`expected 2 memberships, got ${snap.size}`);
  });

  it("denies a collection-group query for someone else's memberships, even by an organizer", async () => {
    await assertFails(getDocs(query(collectionGroup(t.as('j1'), 'members'), where('uid', '==', 'j2'))));
    await assertFails(getDocs(query(collectionGroup(t.as('o1'), 'members'), where('uid', '==', 'j1'))));
    await assertFails(getDocs(collectionGroup(t.as('j1'), 'members')));
  });

  it('lets a user get their own member doc, and ask about a missing one', async () => {
    await assertSucceeds(getDoc(doc(t.as('t1'), 'competitions/c1/members/t1')));
    await assertSucceeds(getDoc(doc(t.as('u9'), 'competitions/c1/members/u9')));
  });

  it("denies reading another member's doc to judges, teams and other competitions' organizers", async () => {
    await assertFails(getDoc(doc(t.as('j1'), 'competitions/c1/members/j2')));
    await assertFails(getDoc(doc(t.as('t1'), 'competitions/c1/members/t2')));
    await assertFails(getDoc(doc(t.as('o2'), 'competitions/c1/members/j1')));
    await assertFails(getDoc(doc(t.anon(), 'competitions/c1/members/j1')));
  });

  it('lets organizers get and list the members of their competition', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), 'competitions/c1/members/j1')));
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/members')));
  });

  it('denies listing members to judges, teams and organizers of another competition', async () => {
    await assertFails(getDocs(collection(t.as('j1'), 'competitions/c1/members')));
    await assertFails(getDocs(collection(t.as('t1'), 'competitions/c1/members')));
    await assertFails(getDocs(collection(t.as('o2'), 'competitions/c1/members')));
  });

  async function seedSecondMembership(): Promise<void> {
    await t.seed({ 'competitions/c2/members/j1': memberDoc('c2', 'j1', 'judge') });
  }
});

describe('members: create and delete (functions only)', () => {
  // acceptInvitation, createCompetition and registerTeam create member docs,
  // removeMember deletes them: the owner, the last organizer and what a
  // removed judge leaves behind are theirs to check.
  it('denies an organizer adding a judge, a team or another organizer', async () => {
    const db = t.as('o1');
    await assertFails(setDoc(doc(db, 'competitions/c1/members/u9'), newMember('u9', 'judge')));
    await assertFails(setDoc(doc(db, 'competitions/c1/members/u8'), newMember('u8', 'team', { entryIds: ['e3'] })));
    await assertFails(setDoc(doc(db, 'competitions/c1/members/u7'), newMember('u7', 'organizer')));
  });

  it('denies a user adding themself, in any role', async () => {
    for (const role of ['organizer', 'judge', 'team']) {
      await assertFails(setDoc(doc(t.as('u9'), 'competitions/c1/members/u9'), newMember('u9', role)));
    }
  });

  it('denies judges, teams and organizers of another competition adding members', async () => {
    for (const uid of ['j1', 't1', 'o2']) {
      await assertFails(setDoc(doc(t.as(uid), 'competitions/c1/members/u9'), newMember('u9', 'judge')));
    }
  });

  it('denies an organizer overwriting a member doc with set (an update that is not field by field)', async () => {
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c1/members/j2'), newMember('j2', 'organizer')));
  });

  it('denies an organizer removing a judge, a team or another organizer (removeMember does)', async () => {
    await t.seed({ 'competitions/c1/members/o3': memberDoc('c1', 'o3', 'organizer') });
    for (const uid of ['j2', 't1', 'o3']) {
      await assertFails(deleteDoc(doc(t.as('o1'), `competitions/c1/members/${uid}`)));
    }
  });

  it('denies removing yourself, or members removing anyone', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), 'competitions/c1/members/o1')));
    await assertFails(deleteDoc(doc(t.as('j1'), 'competitions/c1/members/j1')));
    await assertFails(deleteDoc(doc(t.as('j1'), 'competitions/c1/members/j2')));
    await assertFails(deleteDoc(doc(t.as('o2'), 'competitions/c1/members/j2')));
  });
});

describe("members: an organizer edits a judge's profile", () => {
  const judgeProfile = {
    tags: ['光伏', '锂电池', '新材料'],
    organizations: ['青海大学', '西宁市科技局'],
    conflicts: ['e2'],
    trackIds: ['enterprise'],
  };
  const J2 = 'competitions/c1/members/j2';
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it("lets an organizer set a judge's tags, organizations, conflicts and track pools, and record a conflict", async () => {
    const ref = doc(t.as('o1'), J2);
    await assertSucceeds(updateDoc(ref, judgeProfile));
    await assertSucceeds(updateDoc(ref, { conflicts: arrayUnion('e1') }));
    await assertSucceeds(updateDoc(ref, { trackIds: ['enterprise', 'startup'] }));
  });

  it('lets an organizer clear them again, and set each on its own', async () => {
    const ref = doc(t.as('o1'), J2);
    await assertSucceeds(updateDoc(ref, judgeProfile));
    await assertSucceeds(updateDoc(ref, { tags: [], organizations: [], conflicts: [], trackIds: [] }));
    for (const [field, value] of Object.entries(judgeProfile)) {
      await assertSucceeds(updateDoc(ref, { [field]: value }));
    }
  });

  it('accepts the lists at their limits', async () => {
    await assertSucceeds(
      updateDoc(doc(t.as('o1'), J2), {
        tags: ids('t'.repeat(60), 20),
        organizations: ids('o'.repeat(190), 10),
        conflicts: ids('e', 500),
        trackIds: ids('track', 50),
      }),
    );
  });

  it('denies mistyped, duplicated, oversize or deleted lists', async () => {
    const ref = doc(t.as('o1'), J2);
    const bad: Record<string, unknown>[] = [
      { tags: '光伏' },
      { tags: { 0: '光伏' } },
      { tags: null },
      { tags: ['光伏', '光伏'] },
      { tags: ids('tag', 21) },
      { organizations: { name: '青海大学' } },
      { organizations: ids('org', 11) },
      { conflicts: 'e1' },
      { conflicts: ['e1', 'e1'] },
      { conflicts: ids('e', 501) },
      { trackIds: 'enterprise' },
      { trackIds: ['enterprise', 'enterprise'] },
      { trackIds: ids('track', 51) },
      { trackIds: deleteField() },
      { tags: deleteField() },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, change));
    }
  });

  it('denies elements that are no short text (they would make the member doc unreadable to the functions)', async () => {
    const ref = doc(t.as('o1'), J2);
    const bad: Record<string, unknown>[] = [
      { tags: [42] },
      { tags: ['光伏', 7] },
      { tags: [{ name: '光伏' }] },
      { tags: [null] },
      { tags: [''] },
      { tags: ['x'.repeat(65)] },
      { tags: ['光伏', 'x'.repeat(65)] },
      // A line break inside an element would hide an oversize one.
      { tags: [`${'x'.repeat(40)}\n${'x'.repeat(40)}`] },
      { organizations: ['x'.repeat(201)] },
      { conflicts: ['e'.repeat(129)] },
      { trackIds: [true] },
      { trackIds: ['x'.repeat(65)] },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, change));
    }
  });

  it("denies changing the role, names, email, entries or dates of a judge's doc", async () => {
    const ref = doc(t.as('o1'), J2);
    const bad: Record<string, unknown>[] = [
      { role: 'organizer' },
      { role: 'team' },
      { role: 'team', tags: [], organizations: [], conflicts: [], trackIds: [] },
      { displayName: 'Renamed' },
      { email: 'other@example.com' },
      { entryIds: ['e1'] },
      { uid: 'j9' },
      { competitionId: 'c2' },
      { addedAt: serverTimestamp() },
      { addedAt: Timestamp.now() },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, change));
      await assertFails(updateDoc(ref, { ...judgeProfile, ...change }));
    }
  });

  it('denies extra keys', async () => {
    const ref = doc(t.as('o1'), J2);
    await assertFails(updateDoc(ref, { isAdmin: true }));
    await assertFails(updateDoc(ref, { ...judgeProfile, expertise: ['光伏'] }));
  });

  it("denies editing a team's or an organizer's doc, even only the profile fields", async () => {
    await t.seed({ 'competitions/c1/members/o3': memberDoc('c1', 'o3', 'organizer') });
    const db = t.as('o1');
    for (const uid of ['t1', 'o3']) {
      const ref = doc(db, `competitions/c1/members/${uid}`);
      await assertFails(updateDoc(ref, { tags: ['光伏'] }));
      await assertFails(updateDoc(ref, { trackIds: [] }));
      await assertFails(updateDoc(ref, { role: 'judge' }));
    }
    await assertFails(updateDoc(doc(db, 'competitions/c1/members/t1'), { entryIds: arrayUnion('e3') }));
  });

  it('denies an organizer editing their own doc (no self-demotion or self-edit)', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/o1');
    await assertFails(updateDoc(ref, { role: 'judge' }));
    await assertFails(updateDoc(ref, { displayName: 'Boss' }));
    await assertFails(updateDoc(ref, { tags: ['光伏'] }));
  });

  it('denies an organizer who is also a judge elsewhere editing their own judge doc there', async () => {
    // o1 judges c2: an organizer of c1 is nobody in c2's people.
    await t.seed({ 'competitions/c2/members/o1': memberDoc('c2', 'o1', 'judge') });
    await assertFails(updateDoc(doc(t.as('o1'), 'competitions/c2/members/o1'), { tags: ['光伏'] }));
    await assertFails(updateDoc(doc(t.as('o1'), 'competitions/c2/members/j3'), { tags: ['光伏'] }));
  });

  it("denies another competition's organizer", async () => {
    await assertFails(updateDoc(doc(t.as('o2'), J2), judgeProfile));
    await assertSucceeds(updateDoc(doc(t.as('o2'), 'competitions/c2/members/j3'), judgeProfile));
  });

  it('denies a judge declaring their own conflict or editing their tags or pools (recuseSheet records conflicts)', async () => {
    const ref = doc(t.as('j1'), 'competitions/c1/members/j1');
    await assertFails(updateDoc(ref, { conflicts: arrayUnion('e1') }));
    await assertFails(updateDoc(ref, { tags: ['光伏'] }));
    await assertFails(updateDoc(ref, { trackIds: ['startup'] }));
    await assertFails(updateDoc(ref, { role: 'organizer' }));
    await assertFails(updateDoc(doc(t.as('j1'), J2), { conflicts: arrayUnion('e1') }));
  });

  it('denies teams, strangers and signed-out users', async () => {
    for (const uid of ['t1', 'u9']) {
      await assertFails(updateDoc(doc(t.as(uid), J2), judgeProfile));
    }
    await assertFails(updateDoc(doc(t.as('t1'), 'competitions/c1/members/t1'), { entryIds: arrayUnion('e2') }));
    await assertFails(updateDoc(doc(t.anon(), J2), judgeProfile));
  });

  it("lets a judge read their own tags and conflicts, never another judge's", async () => {
    await t.seed({ [J2]: { ...memberDoc('c1', 'j2', 'judge'), ...judgeProfile } });
    await assertSucceeds(getDoc(doc(t.as('j2'), J2)));
    await assertFails(getDoc(doc(t.as('j1'), J2)));
  });
});
