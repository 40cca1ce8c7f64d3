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
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { competitionDoc, criterion, useRulesEnv } from './setup';

const t = useRulesEnv();

describe('competitions/{cid}: read', () => {
  it('lets every member of a private competition read it', async () => {
    for (const uid of ['o1', 'j1', 't1']) {
      await assertSucceeds(getDoc(doc(t.as(uid), 'competitions/c1')));
    }
  });

  it('denies a private competition to non-members, members of another competition and signed-out users', async () => {
    await assertFails(getDoc(doc(t.as('u9'), 'competitions/c1')));
    await assertFails(getDoc(doc(t.as('j3'), 'competitions/c1')));
    await assertFails(getDoc(doc(t.anon(), 'competitions/c1')));
  });

  it('lets any signed-in user read a public competition, also as a query on visibility', async () => {
    await assertSucceeds(getDoc(doc(t.as('u9'), 'competitions/c2')));
    await assertSucceeds(getDocs(query(collection(t.as('u9'), 'competitions'), where('visibility', '==', 'public'))));
  });

  it('lets signed-out visitors read a public competition and list the public ones', async () => {
    const anon = t.anon();
    await assertSucceeds(getDoc(doc(anon, 'competitions/c2')));
    await assertSucceeds(getDocs(query(collection(anon, 'competitions'), where('visibility', '==', 'public'))));
    // The public list as the SPA asks for it: open for registration, deadline first, a page.
    await assertSucceeds(
      getDocs(
        query(
          collection(anon, 'competitions'),
          where('visibility', '==', 'public'),
          where('status', '==', 'registration'),
          orderBy('submissionDeadline'),
          limit(21),
        ),
      ),
    );
  });

  it('denies signed-out visitors private and missing competitions, and any list not limited to public ones', async () => {
    const anon = t.anon();
    await assertFails(getDoc(doc(anon, 'competitions/c1')));
    await assertFails(getDoc(doc(anon, 'competitions/no-such')));
    await assertFails(getDocs(collection(anon, 'competitions')));
    await assertFails(getDocs(query(collection(anon, 'competitions'), where('status', '==', 'registration'))));
    await assertFails(getDocs(query(collection(anon, 'competitions'), where('visibility', '==', 'private'))));
    await assertFails(getDocs(collection(t.as('u9'), 'competitions')));
  });

  it('keeps what a public competition holds closed to signed-out visitors', async () => {
    const anon = t.anon();
    for (const path of ['members/o2', 'entries/x1', 'publishedResults/v1']) {
      await assertFails(getDoc(doc(anon, `competitions/c2/${path}`)));
    }
    await assertFails(getDocs(collection(anon, 'competitions/c2/members')));
  });
});

describe('competitions/{cid}: update (functions only)', () => {
  // Settings go through updateCompetitionSettings (section schemas, the
  // rubric lock, tracks and rounds in use), status through
  // changeCompetitionStatus (the status steps): no client writes the document.
  const ref = (uid: string) => doc(t.as(uid), 'competitions/c1');

  it('denies an organizer changing the title, even with a well-formed update', async () => {
    await assertFails(updateDoc(ref('o1'), { title: '新标题', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref('o1'), { description: '新简介', updatedAt: serverTimestamp() }));
  });

  it('denies an organizer changing the status or opening a round directly (the status steps do)', async () => {
    const [review, final] = competitionDoc().rounds;
    await assertFails(updateDoc(ref('o1'), { status: 'final', updatedAt: serverTimestamp() }));
    await assertFails(
      updateDoc(ref('o1'), {
        status: 'final',
        rounds: [
          { ...review, status: 'closed' },
          { ...final, status: 'open' },
        ],
        openRoundIds: ['final'],
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it("denies an organizer replacing a round's rubric (the rubric lock is the function's)", async () => {
    const [review, final] = competitionDoc().rounds;
    await assertFails(
      updateDoc(ref('o1'), {
        rounds: [{ ...review, rubric: { criteria: [criterion('x', 1, 5, 1)] } }, final],
        roundCriterionIds: { review: ['x'], final: ['pitch', 'answers'] },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('denies an organizer handing the ownership on or turning on feedback directly', async () => {
    await assertFails(updateDoc(ref('o1'), { ownerUid: 'j1', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref('o1'), { feedbackToTeams: true, updatedAt: serverTimestamp() }));
  });

  it('denies an organizer rewriting the whole document as it stands', async () => {
    const { createdAt: _createdAt, ...settings } = competitionDoc({ title: '更新' });
    await assertFails(updateDoc(ref('o1'), { ...settings, updatedAt: serverTimestamp() }));
    await assertFails(setDoc(ref('o1'), competitionDoc()));
  });

  it('denies judges, teams, organizers of another competition, strangers and signed-out users', async () => {
    const change = { title: 'hijacked', updatedAt: serverTimestamp() };
    for (const uid of ['j1', 't1', 'o2', 'u9']) {
      await assertFails(updateDoc(ref(uid), change));
    }
    await assertFails(updateDoc(doc(t.anon(), 'competitions/c1'), change));
  });

  it('while the same organizer can still read it', async () => {
    await assertSucceeds(getDoc(ref('o1')));
  });
});

describe('competitions/{cid}: create and delete', () => {
  it('denies clients creating competitions (createCompetition does)', async () => {
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c9'), competitionDoc()));
    await assertFails(setDoc(doc(t.as('u9'), 'competitions/c9'), competitionDoc({ ownerUid: 'u9' })));
    await assertFails(setDoc(doc(t.anon(), 'competitions/c9'), competitionDoc()));
  });

  it('denies clients deleting competitions, organizers included', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), 'competitions/c1')));
    await assertFails(deleteDoc(doc(t.as('u9'), 'competitions/c1')));
  });
});

describe('paths outside the model', () => {
  it('are closed to everyone, organizers included', async () => {
    await assertFails(getDoc(doc(t.as('o1'), 'competitions/c1/secrets/s1')));
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c1/secrets/s1'), { a: 1 }));
    await assertFails(setDoc(doc(t.as('o1'), 'anything/x'), { a: 1 }));
  });

  it('while the same organizer can read a modelled path', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), 'competitions/c1/audit/a1')));
  });
});
