import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
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
import { invitationDoc, useRulesEnv } from './setup';

const t = useRulesEnv();

const I1 = 'competitions/c1/invitations/i1';
const INVITATIONS = 'competitions/c1/invitations';

describe('invitations: get', () => {
  it('lets anyone holding the link read the invitation, signed out too (the token is the secret)', async () => {
    const snap = await assertSucceeds(getDoc(doc(t.anon(), I1)));
    if (snap.get('email') !== 'u9@example.com') throw new Error('expected the invitation itself');
    // The invitee, someone else signed in, members of either competition.
    for (const uid of ['u9', 'u8', 'j1', 't1', 'o2']) {
      await assertSucceeds(getDoc(doc(t.as(uid), I1)));
    }
  });

  it('lets a signed-out visitor ask for an unknown token (the page then says so)', async () => {
    const snap = await assertSucceeds(getDoc(doc(t.anon(), `${INVITATIONS}/no-such-token`)));
    if (snap.exists()) throw new Error('expected no invitation');
  });
});

describe('invitations: list', () => {
  it("lets the competition's organizers list its invitations, also by status", async () => {
    await assertSucceeds(getDocs(collection(t.as('o1'), INVITATIONS)));
    await assertSucceeds(getDocs(query(collection(t.as('o1'), INVITATIONS), where('status', '==', 'pending'))));
  });

  it('denies listing to judges, teams, strangers, the invitee and signed-out visitors', async () => {
    for (const uid of ['j1', 't1', 'u9']) {
      await assertFails(getDocs(collection(t.as(uid), INVITATIONS)));
    }
    await assertFails(getDocs(collection(t.anon(), INVITATIONS)));
    await assertFails(getDocs(query(collection(t.as('u9'), INVITATIONS), where('email', '==', 'u9@example.com'))));
  });

  it("denies another competition's organizer, and every collection-group query", async () => {
    await assertFails(getDocs(collection(t.as('o2'), INVITATIONS)));
    await assertFails(getDocs(collectionGroup(t.as('o1'), 'invitations')));
    await assertFails(getDocs(query(collectionGroup(t.anon(), 'invitations'), where('email', '==', 'u9@example.com'))));
  });
});

describe('invitations: write (functions only)', () => {
  it('denies creating one, to organizers too (createInvitations does)', async () => {
    for (const uid of ['o1', 'o2', 'j1', 'u9']) {
      await assertFails(setDoc(doc(t.as(uid), `${INVITATIONS}/i9`), invitationDoc('c1', `${uid}@example.com`)));
    }
    await assertFails(setDoc(doc(t.anon(), `${INVITATIONS}/i9`), invitationDoc('c1', 'x@example.com')));
  });

  it('denies revoking or accepting one by hand, to organizers and the invitee too', async () => {
    await assertFails(updateDoc(doc(t.as('o1'), I1), { status: 'revoked', revokedAt: serverTimestamp() }));
    await assertFails(
      updateDoc(doc(t.as('u9'), I1), { status: 'accepted', acceptedAt: serverTimestamp(), acceptedBy: 'u9' }),
    );
    await assertFails(updateDoc(doc(t.as('u9'), I1), { role: 'organizer' }));
    await assertFails(updateDoc(doc(t.anon(), I1), { status: 'accepted' }));
  });

  it('denies deleting one, to everyone', async () => {
    for (const uid of ['o1', 'u9', 'j1']) {
      await assertFails(deleteDoc(doc(t.as(uid), I1)));
    }
    await assertFails(deleteDoc(doc(t.anon(), I1)));
  });
});
