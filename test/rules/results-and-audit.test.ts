import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { useRulesEnv } from './setup';

const t = useRulesEnv();

describe('results/{roundId}', () => {
  it('lets the organizer read the latest computation', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), 'competitions/c1/results/review')));
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/results')));
  });

  it('denies judges, teams, other competitions and signed-out users', async () => {
    for (const uid of ['j1', 't1', 'o2']) {
      await assertFails(getDoc(doc(t.as(uid), 'competitions/c1/results/review')));
    }
    await assertFails(getDoc(doc(t.anon(), 'competitions/c1/results/review')));
  });

  it('denies every client write, organizers included', async () => {
    const db = t.as('o1');
    await assertFails(setDoc(doc(db, 'competitions/c1/results/final'), { roundId: 'final' }));
    await assertFails(updateDoc(doc(db, 'competitions/c1/results/review'), { exportSha256: 'ff' }));
    await assertFails(deleteDoc(doc(db, 'competitions/c1/results/review')));
  });
});

describe('publishedResults/{versionId}', () => {
  it('lets every member of a private competition read its published results', async () => {
    for (const uid of ['o1', 'j1', 't1']) {
      await assertSucceeds(getDoc(doc(t.as(uid), 'competitions/c1/publishedResults/v1')));
    }
    await assertSucceeds(getDocs(collection(t.as('t1'), 'competitions/c1/publishedResults')));
  });

  it('denies a private competition to non-members and other competitions', async () => {
    await assertFails(getDoc(doc(t.as('u9'), 'competitions/c1/publishedResults/v1')));
    await assertFails(getDoc(doc(t.as('j3'), 'competitions/c1/publishedResults/v1')));
  });

  it('lets any signed-in user read a public competition, but not signed-out users', async () => {
    await assertSucceeds(getDoc(doc(t.as('u9'), 'competitions/c2/publishedResults/v1')));
    await assertSucceeds(getDocs(collection(t.as('u9'), 'competitions/c2/publishedResults')));
    await assertFails(getDoc(doc(t.anon(), 'competitions/c2/publishedResults/v1')));
    await assertFails(getDoc(doc(t.anon(), 'competitions/c1/publishedResults/v1')));
  });

  it('denies publishing, editing or deleting a version from a client', async () => {
    const db = t.as('o1');
    await assertFails(setDoc(doc(db, 'competitions/c1/publishedResults/v2'), { roundId: 'review', version: 2 }));
    await assertFails(updateDoc(doc(db, 'competitions/c1/publishedResults/v1'), { version: 9 }));
    await assertFails(deleteDoc(doc(db, 'competitions/c1/publishedResults/v1')));
  });
});

describe('audit/{eventId}', () => {
  it('lets the organizer read the trail', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), 'competitions/c1/audit/a1')));
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/audit')));
  });

  it("lets the organizer page through the audit log page's filters", async () => {
    const audit = collection(t.as('o1'), 'competitions/c1/audit');
    await assertSucceeds(getDocs(query(audit, orderBy('at', 'desc'), limit(50))));
    const byType = await assertSucceeds(
      getDocs(query(audit, where('type', '==', 'sheet.submitted'), orderBy('at', 'desc'), limit(50))),
    );
    if (byType.size !== 1) throw new Error(`expected 1 event, got ${byType.size}`);
    await assertSucceeds(getDocs(query(audit, where('actorUid', '==', 'j1'), orderBy('at', 'desc'), limit(50))));
  });

  it('denies judges (even the actor), teams, other competitions and signed-out users', async () => {
    for (const uid of ['j1', 't1', 'o2']) {
      await assertFails(getDoc(doc(t.as(uid), 'competitions/c1/audit/a1')));
    }
    await assertFails(
      getDocs(
        query(collection(t.as('j1'), 'competitions/c1/audit'), where('actorUid', '==', 'j1'), orderBy('at', 'desc')),
      ),
    );
    await assertFails(getDocs(collection(t.as('j1'), 'competitions/c1/audit')));
    await assertFails(getDoc(doc(t.anon(), 'competitions/c1/audit/a1')));
  });

  it('denies forging, editing or erasing events from a client', async () => {
    const forged = {
      type: 'sheet.reopened',
      actorUid: 'o1',
      at: new Date(),
      subject: { kind: 'sheet', id: 'x' },
      data: {},
    };
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c1/audit/a2'), forged));
    await assertFails(setDoc(doc(t.as('j1'), 'competitions/c1/audit/a2'), { ...forged, actorUid: 'j1' }));
    await assertFails(updateDoc(doc(t.as('o1'), 'competitions/c1/audit/a1'), { actorUid: 'o2' }));
    await assertFails(deleteDoc(doc(t.as('o1'), 'competitions/c1/audit/a1')));
  });
});
