import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  collection,
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
import { assignmentDoc, competitionDoc, entryDoc, memberDoc, past, useRulesEnv } from './setup';

const t = useRulesEnv();

const E1 = 'competitions/c1/entries/e1';
const E2 = 'competitions/c1/entries/e2';
const DECK1 = 'competitions/c1/entries/e1/deck.pdf';
const DECK2 = 'competitions/c1/entries/e2/deck.pdf';
const edit = (fields: Record<string, unknown>) => ({ ...fields, updatedAt: serverTimestamp() });
/** A save of the entry form: every save is the next revision of the entry. */
const save = (revision: unknown, fields: Record<string, unknown>) => edit({ ...fields, revision });
/** An answers map with n questions answered. */
const answers = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i + 1}`, `answer ${i + 1}`]));

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
  // e2 is t2's draft at revision 0; e1 is t1's submitted entry.
  it('lets the owning team edit the content of its draft as the next revision', async () => {
    await assertSucceeds(
      updateDoc(
        doc(t.as('t2'), E2),
        save(1, {
          title: '新项目',
          field: '医疗',
          summary: '摘要',
          problem: '基层医院缺少影像医生。',
          solution: '云端辅助诊断。',
          stage: 'prototype',
          financing: '天使轮 200 万',
          answers: { q1: '县级医院', q2: 3 },
        }),
      ),
    );
  });

  it('accepts every stage, and problem, solution, financing and answers at their limits', async () => {
    const ref = doc(t.as('t2'), E2);
    let revision = 0;
    for (const stage of ['idea', 'prototype', 'revenue', '']) {
      await assertSucceeds(updateDoc(ref, save(++revision, { stage })));
    }
    await assertSucceeds(
      updateDoc(
        ref,
        save(++revision, {
          problem: 'x'.repeat(3000),
          solution: 'x'.repeat(3000),
          financing: 'x'.repeat(500),
          answers: answers(30),
        }),
      ),
    );
  });

  it('lets two saves in sequence through as revisions 1 then 2', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertSucceeds(updateDoc(ref, save(1, { title: 'first save' })));
    await assertSucceeds(updateDoc(ref, save(2, { title: 'second save' })));
  });

  it('denies a save that is not exactly the next revision (unchanged, missing, skipped or lower)', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, save(0, { title: 'same revision' })));
    await assertFails(updateDoc(ref, edit({ title: 'no revision' })));
    await assertFails(updateDoc(ref, save(2, { title: 'skips one' })));
    await assertFails(updateDoc(ref, save(-1, { title: 'lower' })));
    await assertFails(updateDoc(ref, save('1', { title: 'not an int' })));
    await assertFails(updateDoc(ref, save(1.5, { title: 'not an int' })));
    await t.seed({ [E2]: entryDoc('E-002', { trackId: 'startup', revision: 3 }) });
    await assertFails(updateDoc(ref, save(3, { title: 'same revision' })));
    await assertFails(updateDoc(ref, save(2, { title: 'lower' })));
    await assertFails(updateDoc(ref, save(5, { title: 'skips one' })));
    await assertSucceeds(updateDoc(ref, save(4, { title: 'next revision' })));
  });

  it("refuses a second tab's save of a revision another tab has already saved", async () => {
    // Both tabs loaded revision 0; the first saves revision 1, then the
    // second, not having seen it, tries to save its own revision 1.
    const firstTab = doc(t.as('t2'), E2);
    const secondTab = doc(t.as('t2'), E2);
    await assertSucceeds(updateDoc(firstTab, save(1, { summary: 'from the first tab' })));
    await assertFails(updateDoc(secondTab, save(1, { summary: 'from the stale second tab' })));
    // Once it has reloaded revision 1, its save is the next one.
    await assertSucceeds(updateDoc(secondTab, save(2, { summary: 'from the reloaded second tab' })));
  });

  it('denies the team editing an entry that is not a draft (submitted, withdrawn, disqualified)', async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E1), save(1, { title: 'edit after submitting' })));
    for (const status of ['withdrawn', 'disqualified']) {
      await t.seed({ [E2]: entryDoc('E-002', { trackId: 'startup', status }) });
      await assertFails(updateDoc(doc(t.as('t2'), E2), save(1, { title: `edit while ${status}` })));
    }
  });

  it('denies every status change by the team (submit, reopen, withdraw are functions)', async () => {
    const draft = doc(t.as('t2'), E2);
    await assertFails(updateDoc(draft, save(1, { status: 'submitted', submittedAt: serverTimestamp() })));
    await assertFails(updateDoc(draft, save(1, { status: 'submitted' })));
    await assertFails(updateDoc(draft, save(1, { status: 'withdrawn' })));
    await assertFails(updateDoc(draft, save(1, { status: 'disqualified' })));
    const submitted = doc(t.as('t1'), E1);
    await assertFails(updateDoc(submitted, save(1, { status: 'draft', submittedAt: null })));
    await assertFails(updateDoc(submitted, save(1, { status: 'draft' })));
    await assertFails(updateDoc(submitted, save(1, { status: 'withdrawn', submittedAt: null })));
    await t.seed({ [E1]: entryDoc('E-001', { status: 'disqualified' }) });
    await assertFails(updateDoc(submitted, save(1, { status: 'draft' })));
  });

  it('denies the team changing submittedAt, code, trackId or createdAt', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, save(1, { submittedAt: serverTimestamp() })));
    await assertFails(updateDoc(ref, save(1, { code: 'E-999' })));
    await assertFails(updateDoc(ref, save(1, { trackId: 'enterprise' })));
    await assertFails(updateDoc(ref, save(1, { createdAt: serverTimestamp() })));
  });

  it("denies the team setting deckPath, even to this entry's own deck (the Storage trigger sets it)", async () => {
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, save(1, { deckPath: DECK2 })));
    await assertFails(updateDoc(ref, save(1, { title: 'with a deck', deckPath: DECK2 })));
    await assertFails(updateDoc(ref, save(1, { deckPath: DECK1 })));
    await assertFails(updateDoc(ref, save(1, { deckPath: 'https://evil.example/deck.pdf' })));
  });

  it('denies the team clearing or replacing a deckPath the trigger set', async () => {
    await t.seed({ [E2]: entryDoc('E-002', { trackId: 'startup', deckPath: DECK2 }) });
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, save(1, { deckPath: null })));
    await assertFails(updateDoc(ref, save(1, { deckPath: DECK1 })));
  });

  it('lets the team edit content while deckPath stays as it is', async () => {
    await t.seed({ [E2]: entryDoc('E-002', { trackId: 'startup', deckPath: DECK2 }) });
    const ref = doc(t.as('t2'), E2);
    await assertSucceeds(updateDoc(ref, save(1, { title: '新标题', summary: '新摘要' })));
    // Restating current values is no change.
    await assertSucceeds(updateDoc(ref, save(2, { field: '医疗', deckPath: DECK2, status: 'draft' })));
  });

  it('denies a bad stage, oversize problem, solution or financing, and bad answers', async () => {
    const ref = doc(t.as('t2'), E2);
    const bad: Record<string, unknown>[] = [
      { stage: 'growth' },
      { stage: null },
      { problem: 'x'.repeat(3001) },
      { solution: 'x'.repeat(3001) },
      { financing: 'x'.repeat(501) },
      { problem: 42 },
      { answers: answers(31) },
      { answers: ['a', 'b'] },
      { answers: 'q1=a' },
      { answers: null },
      { answers: deleteField() },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, save(1, change)));
    }
  });

  it('denies editing after the submission deadline', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ submissionDeadline: past() }) });
    await assertFails(updateDoc(doc(t.as('t2'), E2), save(1, { title: 'too late' })));
  });

  it("denies a team editing another team's entry, and judges editing entries", async () => {
    await assertFails(updateDoc(doc(t.as('t1'), E2), save(1, { title: 'mine now' })));
    await assertFails(updateDoc(doc(t.as('j1'), E2), save(1, { title: 'judge edit' })));
    await t.seed({ 'competitions/c1/assignments/j1__e2': assignmentDoc('j1', 'e2', ['review']) });
    await assertFails(updateDoc(doc(t.as('j1'), E2), save(1, { title: 'assigned judge edit' })));
    await assertFails(updateDoc(doc(t.as('u9'), E2), save(1, { title: 'stranger' })));
  });

  it('denies extra fields, wrong types, oversize text and a client or missing updatedAt', async () => {
    const ref = doc(t.as('t2'), E2);
    await assertFails(updateDoc(ref, save(1, { teamName: 'leak' })));
    await assertFails(updateDoc(ref, save(1, { title: 42 })));
    await assertFails(updateDoc(ref, save(1, { title: 'x'.repeat(201) })));
    await assertFails(updateDoc(ref, save(1, { summary: 'x'.repeat(5001) })));
    await assertFails(updateDoc(ref, { title: 'no timestamp', revision: 1 }));
    await assertFails(updateDoc(ref, { title: 'client time', revision: 1, updatedAt: Timestamp.now() }));
  });
});

describe('entries: organizer update', () => {
  it('lets the organizer change code or track, even after the deadline', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ submissionDeadline: past() }) });
    const ref = doc(t.as('o1'), E1);
    await assertSucceeds(updateDoc(ref, save(1, { code: 'E-100', trackId: 'startup' })));
  });

  it('lets the organizer change the content fields of any entry', async () => {
    await assertSucceeds(
      updateDoc(
        doc(t.as('o1'), E1),
        save(1, { problem: '问题', solution: '方案', stage: 'revenue', financing: 'A 轮', answers: { q1: 'x' } }),
      ),
    );
    await assertSucceeds(updateDoc(doc(t.as('o1'), E2), save(1, { title: '改名' })));
  });

  it('denies the organizer changing the status in any direction (setEntryEligibility does, with a reason)', async () => {
    const submitted = doc(t.as('o1'), E1);
    for (const status of ['disqualified', 'draft', 'withdrawn']) {
      await assertFails(updateDoc(submitted, save(1, { status })));
    }
    await assertFails(updateDoc(submitted, save(1, { title: '改名', status: 'disqualified' })));
    await assertFails(updateDoc(doc(t.as('o1'), E2), save(1, { status: 'submitted', submittedAt: serverTimestamp() })));
    // Reinstating a disqualified entry by hand is refused too.
    await t.seed({ [E1]: entryDoc('E-001', { status: 'disqualified', submittedAt: past() }) });
    await assertFails(updateDoc(submitted, save(1, { status: 'submitted' })));
    // Nor the time of submission, which is the server's (and decides where a reinstated entry returns).
    await assertFails(updateDoc(submitted, save(1, { summary: 'x', submittedAt: serverTimestamp() })));
    await assertFails(updateDoc(submitted, save(1, { summary: 'x', submittedAt: null })));
    // What the status is stays editable around it.
    await assertSucceeds(updateDoc(submitted, save(1, { summary: 'kept disqualified', status: 'disqualified' })));
  });

  it('denies an organizer save that is not exactly the next revision', async () => {
    const ref = doc(t.as('o1'), E1);
    await assertFails(updateDoc(ref, edit({ summary: 'x' })));
    await assertFails(updateDoc(ref, save(0, { summary: 'x' })));
    await assertFails(updateDoc(ref, save(2, { summary: 'x' })));
    await assertFails(updateDoc(ref, save(-1, { summary: 'x' })));
    await assertFails(updateDoc(ref, save(null, { summary: 'x' })));
    await assertFails(updateDoc(ref, save(deleteField(), { summary: 'x' })));
    // A team's save in between makes the organizer's copy stale too.
    await assertSucceeds(updateDoc(doc(t.as('t2'), E2), save(1, { title: 'team save' })));
    await assertFails(updateDoc(doc(t.as('o1'), E2), save(1, { title: 'stale organizer save' })));
    await assertSucceeds(updateDoc(doc(t.as('o1'), E2), save(2, { title: 'organizer save' })));
  });

  it('denies carrying forward a stored revision that is not an integer >= 0', async () => {
    // Only a function bug or the console could store one; the next save must not keep it.
    await t.seed({ [E1]: entryDoc('E-001', { revision: 1.5 }) });
    await assertFails(updateDoc(doc(t.as('o1'), E1), save(2.5, { summary: 'x' })));
    await t.seed({ [E1]: entryDoc('E-001', { revision: -2 }) });
    await assertFails(updateDoc(doc(t.as('o1'), E1), save(-1, { summary: 'x' })));
    await t.seed({ [E2]: entryDoc('E-002', { trackId: 'startup', revision: -2 }) });
    await assertFails(updateDoc(doc(t.as('t2'), E2), save(-1, { summary: 'x' })));
  });

  it('denies the organizer setting, replacing or clearing deckPath (the Storage trigger sets it)', async () => {
    const ref = doc(t.as('o1'), E1);
    await assertFails(updateDoc(ref, save(1, { deckPath: DECK1 })));
    await assertFails(updateDoc(ref, save(1, { title: '改名', deckPath: DECK1 })));
    await t.seed({ [E1]: entryDoc('E-001', { deckPath: DECK1 }) });
    await assertFails(updateDoc(ref, save(1, { deckPath: null })));
    await assertFails(updateDoc(ref, save(1, { deckPath: DECK2 })));
  });

  it('lets the organizer edit other fields while deckPath stays as it is', async () => {
    await t.seed({ [E1]: entryDoc('E-001', { deckPath: DECK1 }) });
    const ref = doc(t.as('o1'), E1);
    await assertSucceeds(updateDoc(ref, save(1, { title: '改名', status: 'draft' })));
    await assertSucceeds(
      setDoc(ref, entryDoc('E-001', { deckPath: DECK1, revision: 2, updatedAt: serverTimestamp() })),
    );
    await assertSucceeds(updateDoc(doc(t.as('o1'), E2), save(1, { summary: 'deckPath stays null' })));
  });

  it('denies the organizer invalid values, extra fields and changing createdAt', async () => {
    const ref = doc(t.as('o1'), E1);
    await assertFails(updateDoc(ref, save(1, { status: 'banned' })));
    await assertFails(updateDoc(ref, save(1, { code: '' })));
    await assertFails(updateDoc(ref, save(1, { score: 99 })));
    await assertFails(updateDoc(ref, save(1, { createdAt: serverTimestamp() })));
    await assertFails(updateDoc(ref, save(1, { submittedAt: 'yesterday' })));
    await assertFails(updateDoc(ref, save(1, { stage: 'growth' })));
    await assertFails(updateDoc(ref, save(1, { answers: answers(31) })));
    await assertFails(updateDoc(ref, save(1, { problem: 'x'.repeat(3001) })));
  });

  it("denies another competition's organizer", async () => {
    await assertFails(updateDoc(doc(t.as('o2'), E1), save(1, { summary: 'x' })));
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
    await assertSucceeds(updateDoc(doc(t.as('o1'), E1), save(1, { summary: 'ok' })));
  });
});
