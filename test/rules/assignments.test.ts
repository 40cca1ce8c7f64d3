import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  arrayUnion,
  collection,
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
import { useRulesEnv } from './setup';

const t = useRulesEnv();

const A = 'competitions/c1/assignments';
const assignment = (judgeUid: string, entryId: string, overrides: Record<string, unknown> = {}) => ({
  judgeUid,
  entryId,
  roundIds: ['review'],
  assignedAt: serverTimestamp(),
  ...overrides,
});

describe('assignments: read', () => {
  it('lets a judge get their own assignment and query theirs by judgeUid', async () => {
    const db = t.as('j1');
    await assertSucceeds(getDoc(doc(db, `${A}/j1__e1`)));
    const snap = await assertSucceeds(getDocs(query(collection(db, A), where('judgeUid', '==', 'j1'))));
    if (snap.size !== 1) throw new Error(`expected 1 assignment, got ${snap.size}`);
  });

  it("denies a judge someone else's assignments, by get or by query", async () => {
    await assertFails(getDoc(doc(t.as('j2'), `${A}/j1__e1`)));
    await assertFails(getDocs(query(collection(t.as('j2'), A), where('judgeUid', '==', 'j1'))));
    await assertFails(getDocs(collection(t.as('j1'), A)));
  });

  it('denies teams, other competitions and signed-out users', async () => {
    await assertFails(getDoc(doc(t.as('t1'), `${A}/j1__e1`)));
    await assertFails(getDocs(query(collection(t.as('j3'), A), where('judgeUid', '==', 'j3'))));
    await assertFails(getDoc(doc(t.anon(), `${A}/j1__e1`)));
  });

  it('lets organizers read and list all assignments', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), `${A}/j1__e1`)));
    await assertSucceeds(getDocs(collection(t.as('o1'), A)));
  });
});

describe('assignments: create', () => {
  it('lets the organizer assign a judge to an entry', async () => {
    await assertSucceeds(setDoc(doc(t.as('o1'), `${A}/j2__e2`), assignment('j2', 'e2')));
    await assertSucceeds(
      setDoc(doc(t.as('o1'), `${A}/j1__e2`), assignment('j1', 'e2', { roundIds: ['review', 'final'] })),
    );
  });

  it('denies a judge assigning themself, and other roles or competitions', async () => {
    await assertFails(setDoc(doc(t.as('j1'), `${A}/j1__e2`), assignment('j1', 'e2')));
    await assertFails(setDoc(doc(t.as('t1'), `${A}/j1__e2`), assignment('j1', 'e2')));
    await assertFails(setDoc(doc(t.as('o2'), `${A}/j1__e2`), assignment('j1', 'e2')));
  });

  it('denies an id that does not match judgeUid__entryId', async () => {
    await assertFails(setDoc(doc(t.as('o1'), `${A}/j2__e1`), assignment('j2', 'e2')));
    await assertFails(setDoc(doc(t.as('o1'), `${A}/anything`), assignment('j2', 'e2')));
  });

  it('denies assigning a non-judge (a team would read its rival) or a missing entry', async () => {
    await assertFails(setDoc(doc(t.as('o1'), `${A}/t1__e2`), assignment('t1', 'e2')));
    await assertFails(setDoc(doc(t.as('o1'), `${A}/j3__e2`), assignment('j3', 'e2')));
    await assertFails(setDoc(doc(t.as('o1'), `${A}/j2__e9`), assignment('j2', 'e9')));
  });

  it('denies extra fields, wrong types and a client assignedAt', async () => {
    const ref = doc(t.as('o1'), `${A}/j2__e2`);
    await assertFails(setDoc(ref, assignment('j2', 'e2', { note: 'x' })));
    await assertFails(setDoc(ref, assignment('j2', 'e2', { roundIds: 'review' })));
    await assertFails(setDoc(ref, assignment('j2', 'e2', { assignedAt: Timestamp.now() })));
  });
});

describe('assignments: update and delete', () => {
  it('lets the organizer add a round and unassign', async () => {
    await assertSucceeds(updateDoc(doc(t.as('o1'), `${A}/j1__e1`), { roundIds: arrayUnion('final') }));
    await assertSucceeds(deleteDoc(doc(t.as('o1'), `${A}/j1__e1`)));
  });

  it('denies the judge changing their rounds or deleting their assignment', async () => {
    await assertFails(updateDoc(doc(t.as('j1'), `${A}/j1__e1`), { roundIds: arrayUnion('final') }));
    await assertFails(deleteDoc(doc(t.as('j1'), `${A}/j1__e1`)));
  });

  it('denies the organizer rewriting the pair of an existing assignment', async () => {
    await assertFails(updateDoc(doc(t.as('o1'), `${A}/j1__e1`), { entryId: 'e2' }));
    await assertFails(updateDoc(doc(t.as('o1'), `${A}/j1__e1`), { roundIds: 3 }));
  });

  it('lets the organizer re-stamp assignedAt with server time, but not backdate it', async () => {
    const ref = doc(t.as('o1'), `${A}/j1__e1`);
    await assertSucceeds(updateDoc(ref, { roundIds: ['final'], assignedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { assignedAt: Timestamp.fromMillis(0) }));
  });
});
