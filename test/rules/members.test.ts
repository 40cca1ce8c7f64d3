import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  arrayUnion,
  collection,
  collectionGroup,
  deleteDoc,
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

describe('members: create', () => {
  it('lets an organizer add a judge, a team with its entries, another organizer', async () => {
    const db = t.as('o1');
    await assertSucceeds(setDoc(doc(db, 'competitions/c1/members/u9'), newMember('u9', 'judge')));
    await assertSucceeds(setDoc(doc(db, 'competitions/c1/members/u8'), newMember('u8', 'team', { entryIds: ['e3'] })));
    await assertSucceeds(setDoc(doc(db, 'competitions/c1/members/u7'), newMember('u7', 'organizer')));
  });

  it('denies a user adding themself, in any role', async () => {
    await assertFails(setDoc(doc(t.as('u9'), 'competitions/c1/members/u9'), newMember('u9', 'organizer')));
    await assertFails(setDoc(doc(t.as('u9'), 'competitions/c1/members/u9'), newMember('u9', 'team')));
  });

  it('denies judges, teams and organizers of another competition adding members', async () => {
    for (const uid of ['j1', 't1', 'o2']) {
      await assertFails(setDoc(doc(t.as(uid), 'competitions/c1/members/u9'), newMember('u9', 'judge')));
    }
  });

  it('denies unknown roles, mismatched ids, extra fields, wrong types', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/u9');
    await assertFails(setDoc(ref, newMember('u9', 'admin')));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { uid: 'u8' })));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { competitionId: 'c2' })));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { isAdmin: true })));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { entryIds: 'e1' })));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { displayName: 7 })));
    await assertFails(setDoc(ref, newMember('u9', 'judge', { addedAt: Timestamp.now() })));
  });

  it('denies entryIds on a non-team member (they would grant ownership)', async () => {
    await assertFails(
      setDoc(doc(t.as('o1'), 'competitions/c1/members/u9'), newMember('u9', 'judge', { entryIds: ['e1'] })),
    );
  });
});

describe("members: judges' tags, organizations and conflicts", () => {
  const judgeProfile = {
    tags: ['光伏', '锂电池', '新材料'],
    organizations: ['青海大学', '西宁市科技局'],
    conflicts: ['e2'],
  };

  it('lets an organizer add a judge with tags, organizations and conflicts', async () => {
    await assertSucceeds(setDoc(doc(t.as('o1'), 'competitions/c1/members/u9'), newMember('u9', 'judge', judgeProfile)));
  });

  it("lets an organizer set a judge's tags, organizations and conflicts, and record a conflict", async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/j2');
    await assertSucceeds(updateDoc(ref, judgeProfile));
    await assertSucceeds(updateDoc(ref, { conflicts: arrayUnion('e1') }));
  });

  it('denies tags, organizations or conflicts on a team member or an organizer', async () => {
    const db = t.as('o1');
    for (const field of ['tags', 'organizations', 'conflicts'] as const) {
      const value = { [field]: judgeProfile[field] };
      await assertFails(setDoc(doc(db, 'competitions/c1/members/u9'), newMember('u9', 'team', value)));
      await assertFails(setDoc(doc(db, 'competitions/c1/members/u8'), newMember('u8', 'organizer', value)));
      await assertFails(updateDoc(doc(db, 'competitions/c1/members/t1'), value));
    }
  });

  it('denies making a judge with tags a team without clearing them', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/j2');
    await assertSucceeds(updateDoc(ref, judgeProfile));
    await assertFails(updateDoc(ref, { role: 'team' }));
    await assertSucceeds(updateDoc(ref, { role: 'team', tags: [], organizations: [], conflicts: [] }));
  });

  it('denies missing, mistyped, duplicated or oversize lists', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/u9');
    for (const field of ['tags', 'organizations', 'conflicts']) {
      const incomplete: Record<string, unknown> = newMember('u9', 'judge');
      delete incomplete[field];
      await assertFails(setDoc(ref, incomplete));
    }
    const bad: Record<string, unknown>[] = [
      { tags: '光伏' },
      { tags: ['光伏', '光伏'] },
      { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) },
      { organizations: { name: '青海大学' } },
      { organizations: Array.from({ length: 11 }, (_, i) => `org${i}`) },
      { conflicts: 'e1' },
      { conflicts: ['e1', 'e1'] },
      { conflicts: Array.from({ length: 501 }, (_, i) => `e${i}`) },
    ];
    for (const change of bad) {
      await assertFails(setDoc(ref, newMember('u9', 'judge', change)));
    }
    await assertSucceeds(
      setDoc(
        ref,
        newMember('u9', 'judge', {
          tags: Array.from({ length: 20 }, (_, i) => `tag${i}`),
          organizations: Array.from({ length: 10 }, (_, i) => `org${i}`),
          conflicts: Array.from({ length: 500 }, (_, i) => `e${i}`),
        }),
      ),
    );
  });

  it('denies a judge declaring their own conflict or editing their tags (recuseSheet records conflicts)', async () => {
    const ref = doc(t.as('j1'), 'competitions/c1/members/j1');
    await assertFails(updateDoc(ref, { conflicts: arrayUnion('e1') }));
    await assertFails(updateDoc(ref, { tags: ['光伏'] }));
    await assertFails(updateDoc(doc(t.as('j1'), 'competitions/c1/members/j2'), { conflicts: arrayUnion('e1') }));
  });

  it("lets a judge read their own tags and conflicts, never another judge's", async () => {
    await t.seed({ 'competitions/c1/members/j2': { ...memberDoc('c1', 'j2', 'judge'), ...judgeProfile } });
    await assertSucceeds(getDoc(doc(t.as('j2'), 'competitions/c1/members/j2')));
    await assertFails(getDoc(doc(t.as('j1'), 'competitions/c1/members/j2')));
  });
});

describe('members: update and delete', () => {
  it("lets an organizer change another member's role and a team's entries", async () => {
    const db = t.as('o1');
    await assertSucceeds(updateDoc(doc(db, 'competitions/c1/members/j2'), { role: 'organizer' }));
    await assertSucceeds(updateDoc(doc(db, 'competitions/c1/members/t1'), { entryIds: arrayUnion('e3') }));
  });

  it('denies a judge promoting themself to organizer', async () => {
    await assertFails(updateDoc(doc(t.as('j1'), 'competitions/c1/members/j1'), { role: 'organizer' }));
    await assertFails(setDoc(doc(t.as('j1'), 'competitions/c1/members/j1'), newMember('j1', 'organizer')));
  });

  it('denies a team adding an entry to its own member doc', async () => {
    await assertFails(updateDoc(doc(t.as('t1'), 'competitions/c1/members/t1'), { entryIds: arrayUnion('e2') }));
  });

  it('denies an organizer editing their own member doc (no self-demotion or self-edit)', async () => {
    await assertFails(updateDoc(doc(t.as('o1'), 'competitions/c1/members/o1'), { role: 'judge' }));
    await assertFails(updateDoc(doc(t.as('o1'), 'competitions/c1/members/o1'), { displayName: 'Boss' }));
  });

  it('denies an organizer changing addedAt, uid or competitionId, or an unknown role', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1/members/j2');
    await assertFails(updateDoc(ref, { addedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { uid: 'j9' }));
    await assertFails(updateDoc(ref, { competitionId: 'c2' }));
    await assertFails(updateDoc(ref, { role: 'superuser' }));
  });

  it('lets an organizer remove another member', async () => {
    await assertSucceeds(deleteDoc(doc(t.as('o1'), 'competitions/c1/members/j2')));
  });

  it('denies removing yourself, or members removing anyone', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), 'competitions/c1/members/o1')));
    await assertFails(deleteDoc(doc(t.as('j1'), 'competitions/c1/members/j1')));
    await assertFails(deleteDoc(doc(t.as('j1'), 'competitions/c1/members/j2')));
    await assertFails(deleteDoc(doc(t.as('o2'), 'competitions/c1/members/j2')));
  });
});
