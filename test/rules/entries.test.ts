import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
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
import { assignmentDoc, competitionDoc, entryDoc, memberDoc, past, useRulesEnv } from './setup';

const t = useRulesEnv();

const E1 = 'competitions/c1/entries/e1';
const E2 = 'competitions/c1/entries/e2';
const DECK1 = 'competitions/c1/entries/e1/deck.pdf';
const edit = (fields: Record<string, unknown>) => ({ ...fields, updatedAt: serverTimestamp() });

describe('entries: get', () => {
  it('lets the organizer, the owning team and the assigned judge get an entry', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), E1)));
    await assertSucceeds(getDoc(doc(t.as('t1'), E1)));
    await assertSucceeds(getDoc(doc(t.as('j1'), E1)));
  });

  it('denies a judge an entry they are not assigned to', async () => {
    await assertFails(getDoc(doc(t.as('j1'), E2)));
    await assertFails(getDoc(doc(t.as('j2'), E1)));
  });

  it("denies a team another team's entry", async () => {
    await assertFails(getDoc(doc(t.as('t1'), E2)));
    await assertFails(getDoc(doc(t.as('t2'), E1)));
  });

  it('denies members of another competition, even with a stray assignment doc', async () => {
    await t.seed({ 'competitions/c1/assignments/j3__e1': assignmentDoc('j3', 'e1', ['review']) });
    await assertFails(getDoc(doc(t.as('j3'), E1)));
    await assertFails(getDoc(doc(t.as('o2'), E1)));
  });

  it('denies a removed judge whose assignment was left behind', async () => {
    await assertSucceeds(getDoc(doc(t.as('j1'), E1)));
    await t.remove('competitions/c1/members/j1');
    await assertFails(getDoc(doc(t.as('j1'), E1)));
  });

  it('ignores entryIds on a member that is not a team', async () => {
    // A judge doc carrying entryIds (written by a function bug) owns nothing.
    await t.seed({
      'competitions/c1/members/j2': memberDoc('c1', 'j2', 'judge', ['e2']),
    });
    await assertFails(getDoc(doc(t.as('j2'), E2)));
  });

  it('denies signed-out and non-member reads', async () => {
    await assertFails(getDoc(doc(t.anon(), E1)));
    await assertFails(getDoc(doc(t.as('u9'), E1)));
  });
});

describe('entries: list', () => {
  it('lets organizers list all entries of their competition', async () => {
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/entries')));
    await assertSucceeds(
      getDocs(query(collection(t.as('o1'), 'competitions/c1/entries'), where('status', '==', 'submitted'))),
    );
  });

  it('denies list queries to judges and teams (they get entries by id)', async () => {
    await assertFails(getDocs(collection(t.as('j1'), 'competitions/c1/entries')));
    await assertFails(getDocs(collection(t.as('t1'), 'competitions/c1/entries')));
    await assertFails(
      getDocs(query(collection(t.as('j1'), 'competitions/c1/entries'), where('status', '==', 'submitted'))),
    );
    await assertFails(getDocs(collection(t.as('o2'), 'competitions/c1/entries')));
  });
});

describe('entries: team update', () => {
  it('lets the owning team edit content before the deadline', async () => {
    await assertSucceeds(updateDoc(doc(t.as('t1'), E1), edit({ title: '新项目', field: '医疗', summary: '摘要' })));
  });

  it("denies the team setting deckPath, even to this entry's own deck (the Storage trigger sets it)", async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ deckPath: DECK1 })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ title: 'with a deck', deckPath: DECK1 })));
  });

  it('denies a deck path pointing anywhere else', async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ deckPath: 'competitions/c1/entries/e2/deck.pdf' })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ deckPath: 'https://evil.example/deck.pdf' })));
  });

  it('denies the team clearing or replacing a deckPath the trigger set', async () => {
    await t.seed({ [E1]: entryDoc('E-001', { status: 'submitted', submittedAt: Timestamp.now(), deckPath: DECK1 }) });
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ deckPath: null })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ deckPath: 'competitions/c1/entries/e2/deck.pdf' })));
  });

  it('lets the team edit other fields while deckPath stays as it is', async () => {
    await t.seed({ [E1]: entryDoc('E-001', { status: 'submitted', submittedAt: Timestamp.now(), deckPath: DECK1 }) });
    await assertSucceeds(updateDoc(doc(t.as('t1'), E1), edit({ title: '新标题', summary: '新摘要' })));
    // Restating the current value is no change.
    await assertSucceeds(updateDoc(doc(t.as('t1'), E1), edit({ field: '医疗', deckPath: DECK1 })));
    await assertSucceeds(updateDoc(doc(t.as('t2'), E2), edit({ status: 'submitted', submittedAt: serverTimestamp() })));
  });

  it('lets a team submit (submittedAt = server time), go back to draft and withdraw', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertSucceeds(updateDoc(ref, edit({ status: 'submitted', submittedAt: serverTimestamp() })));
    await assertSucceeds(updateDoc(ref, edit({ summary: 'still editable while submitted' })));
    await assertSucceeds(updateDoc(ref, edit({ status: 'draft', submittedAt: null })));
    await assertSucceeds(updateDoc(ref, edit({ status: 'withdrawn' })));
  });

  it('denies submitting without a consistent submittedAt or without a title', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, edit({ status: 'submitted' })));
    await assertFails(updateDoc(ref, edit({ status: 'submitted', submittedAt: Timestamp.now() })));
    await assertFails(updateDoc(ref, edit({ status: 'submitted', submittedAt: serverTimestamp(), title: '' })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ submittedAt: serverTimestamp() })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ status: 'withdrawn' })));
  });

  it('denies a team changing code, trackId or createdAt', async () => {
    const ref = doc(t.as('t1'), E1);
    await assertFails(updateDoc(ref, edit({ code: 'E-999' })));
    await assertFails(updateDoc(ref, edit({ trackId: 'startup' })));
    await assertFails(updateDoc(ref, edit({ createdAt: serverTimestamp() })));
  });

  it('denies a team disqualifying, or un-disqualifying, an entry', async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ status: 'disqualified', submittedAt: null })));
    await t.seed({ [E1]: entryDoc('E-001', { status: 'disqualified' }) });
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ status: 'draft' })));
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ title: 'quiet edit' })));
  });

  it('denies editing after the submission deadline', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ submissionDeadline: past() }) });
    await assertFails(updateDoc(doc(t.as('t1'), E1), edit({ title: 'too late' })));
    await assertFails(updateDoc(doc(t.as('t2'), E2), edit({ status: 'submitted', submittedAt: serverTimestamp() })));
  });

  it("denies a team editing another team's entry, and judges editing entries", async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E2), edit({ title: 'mine now' })));
    await assertFails(updateDoc(doc(t.as('j1'), E1), edit({ title: 'judge edit' })));
  });

  it('denies extra fields, wrong types, oversize text and a client updatedAt', async () => {
    const ref = doc(t.as('t1'), E1);
    await assertFails(updateDoc(ref, edit({ teamName: 'leak' })));
    await assertFails(updateDoc(ref, edit({ title: 42 })));
    await assertFails(updateDoc(ref, edit({ summary: 'x'.repeat(5001) })));
    await assertFails(updateDoc(ref, { title: 'no timestamp' }));
    await assertFails(updateDoc(ref, { title: 'client time', updatedAt: Timestamp.now() }));
  });
});

describe('entries: organizer update', () => {
  it('lets the organizer disqualify an entry and change code or track, even after the deadline', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ submissionDeadline: past() }) });
    const ref = doc(t.as('o1'), E1);
    await assertSucceeds(updateDoc(ref, edit({ status: 'disqualified' })));
    await assertSucceeds(updateDoc(ref, edit({ code: 'E-100', trackId: 'startup' })));
  });

  it('denies the organizer setting, replacing or clearing deckPath (the Storage trigger sets it)', async () => {
    const ref = doc(t.as('o1'), E1);
    await assertFails(updateDoc(ref, edit({ deckPath: DECK1 })));
    await assertFails(updateDoc(ref, edit({ status: 'disqualified', deckPath: DECK1 })));
    await t.seed({ [E1]: entryDoc('E-001', { deckPath: DECK1 }) });
    await assertFails(updateDoc(ref, edit({ deckPath: null })));
    await assertFails(updateDoc(ref, edit({ deckPath: 'competitions/c1/entries/e2/deck.pdf' })));
  });

  it('lets the organizer edit other fields while deckPath stays as it is', async () => {
    await t.seed({ [E1]: entryDoc('E-001', { deckPath: DECK1 }) });
    const ref = doc(t.as('o1'), E1);
    await assertSucceeds(updateDoc(ref, edit({ title: '改名', status: 'disqualified' })));
    await assertSucceeds(setDoc(ref, entryDoc('E-001', { deckPath: DECK1, updatedAt: serverTimestamp() })));
    await assertSucceeds(updateDoc(doc(t.as('o1'), E2), edit({ summary: 'deckPath stays null' })));
  });

  it('denies the organizer invalid values, extra fields and changing createdAt', async () => {
    const ref = doc(t.as('o1'), E1);
    await assertFails(updateDoc(ref, edit({ status: 'banned' })));
    await assertFails(updateDoc(ref, edit({ code: '' })));
    await assertFails(updateDoc(ref, edit({ score: 99 })));
    await assertFails(updateDoc(ref, edit({ createdAt: serverTimestamp() })));
    await assertFails(updateDoc(ref, edit({ submittedAt: 'yesterday' })));
  });

  it("denies another competition's organizer", async () => {
    await assertFails(updateDoc(doc(t.as('o2'), E1), edit({ status: 'disqualified' })));
  });
});

describe('entries: create and delete', () => {
  it('denies creating entries from clients (registration is a function)', async () => {
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c1/entries/e9'), entryDoc('E-009')));
    await assertFails(setDoc(doc(t.as('t1'), 'competitions/c1/entries/e9'), entryDoc('E-009')));
  });

  it('denies deleting entries from clients', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), E1)));
    await assertFails(deleteDoc(doc(t.as('t1'), E1)));
  });

  it('while the organizer may still update the same entry', async () => {
    await assertSucceeds(updateDoc(doc(t.as('o1'), E1), edit({ summary: 'ok' })));
  });
});
