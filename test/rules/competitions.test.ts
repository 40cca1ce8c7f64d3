import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  collection,
  deleteDoc,
  deleteField,
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
import { competitionDoc, criterion, entryQuestion, future, past, useRulesEnv } from './setup';

const questions = (n: number) => Array.from({ length: n }, (_, i) => entryQuestion(`q${i + 1}`));

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

describe('competitions/{cid}: update', () => {
  it('lets an organizer update settings with updatedAt = server time', async () => {
    const db = t.as('o1');
    await assertSucceeds(
      updateDoc(doc(db, 'competitions/c1'), {
        title: '新标题',
        status: 'final',
        openRoundIds: ['final'],
        rounds: [
          { ...competitionDoc().rounds[0], status: 'closed' },
          { ...competitionDoc().rounds[1], status: 'open' },
        ],
        submissionDeadline: future(),
        aggregation: { method: 'median', trim: 0, normalization: 'zscore', minSheets: 1 },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it("lets an organizer replace a round's rubric with roundCriterionIds kept in step", async () => {
    const [review, final] = competitionDoc().rounds;
    await assertSucceeds(
      updateDoc(doc(t.as('o1'), 'competitions/c1'), {
        rounds: [review, { ...final, rubric: { criteria: [criterion('x', 1, 5, 1)] } }],
        roundCriterionIds: { review: ['innovation', 'market', 'team'], final: ['x'] },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('lets an organizer add a third round with its own rubric', async () => {
    const rounds = competitionDoc().rounds;
    await assertSucceeds(
      updateDoc(doc(t.as('o1'), 'competitions/c1'), {
        rounds: [...rounds, { ...rounds[1], id: 'semi', rubric: { criteria: [criterion('x', 1, 5, 1)] } }],
        roundCriterionIds: { review: ['innovation', 'market', 'team'], final: ['pitch', 'answers'], semi: ['x'] },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('lets an organizer set the organizer names, rules, opening time, tracks and entry form', async () => {
    await assertSucceeds(
      updateDoc(doc(t.as('o1'), 'competitions/c1'), {
        organizerName: '市科技局',
        organizerNameEn: 'Municipal Science and Technology Bureau',
        rulesText: '第一条 …\n第二条 …',
        submissionOpensAt: past(),
        tracks: [
          { id: 'enterprise', name: '企业组', nameEn: 'Enterprise', codePrefix: 'E', requiresCompany: true },
          { id: 'startup', name: '创意组', nameEn: 'Startup', codePrefix: 'S', requiresCompany: false },
          { id: 'youth', name: '青年组', nameEn: 'Youth', codePrefix: 'Y', requiresCompany: false },
        ],
        entryForm: { questions: questions(2) },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('accepts the new fields empty or at their limits', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1');
    await assertSucceeds(
      updateDoc(ref, {
        organizerName: '',
        organizerNameEn: '',
        rulesText: '',
        entryForm: { questions: [] },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      updateDoc(ref, {
        organizerName: 'x'.repeat(200),
        organizerNameEn: 'x'.repeat(200),
        rulesText: '条'.repeat(20000),
        submissionOpensAt: future(),
        entryForm: { questions: questions(30) },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('denies wrong types, oversize text and a malformed entry form in the new fields', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1');
    const bad: Record<string, unknown>[] = [
      { organizerName: 42 },
      { organizerName: null },
      { organizerName: 'x'.repeat(201) },
      { organizerNameEn: ['High-tech Zone'] },
      { organizerNameEn: 'x'.repeat(201) },
      { rulesText: 'x'.repeat(20001) },
      { rulesText: { zh: '第一条' } },
      { submissionOpensAt: '2030-01-01' },
      { submissionOpensAt: null },
      { submissionOpensAt: Date.now() },
      { entryForm: deleteField() },
      { entryForm: null },
      { entryForm: [entryQuestion('q1')] },
      { entryForm: {} },
      { entryForm: { questions: [], title: 'extra' } },
      { entryForm: { questions: 'q1' } },
      { entryForm: { questions: questions(31) } },
      { tracks: { enterprise: { codePrefix: 'E' } } },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, { ...change, updatedAt: serverTimestamp() }));
    }
  });

  it('denies updates by judges, teams, organizers of another competition, signed-out users', async () => {
    const change = { title: 'hijacked', updatedAt: serverTimestamp() };
    for (const uid of ['j1', 't1', 'o2', 'u9']) {
      await assertFails(updateDoc(doc(t.as(uid), 'competitions/c1'), change));
    }
    await assertFails(updateDoc(doc(t.anon(), 'competitions/c1'), change));
  });

  it('denies changing createdAt, adding or removing fields and a client-chosen updatedAt', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1');
    await assertFails(updateDoc(ref, { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { ownerUid: 'o1', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { title: 'x' }));
    await assertFails(updateDoc(ref, { title: 'x', updatedAt: Timestamp.now() }));
    await assertFails(updateDoc(ref, { awards: deleteField(), updatedAt: serverTimestamp() }));
    for (const field of ['organizerName', 'organizerNameEn', 'rulesText', 'submissionOpensAt']) {
      await assertFails(updateDoc(ref, { [field]: deleteField(), updatedAt: serverTimestamp() }));
    }
  });

  it('denies wrong types and values outside the enums', async () => {
    const ref = doc(t.as('o1'), 'competitions/c1');
    const bad: Record<string, unknown>[] = [
      { status: 'archived' },
      { visibility: 'secret' },
      { blind: 'yes' },
      { title: '' },
      { title: 'x'.repeat(201) },
      { submissionDeadline: '2030-01-01' },
      { tracks: 'enterprise' },
      // The old single-rubric fields are gone.
      { criterionIds: ['innovation', 'market', 'team'] },
      { rubric: { criteria: [] } },
      // roundCriterionIds: a map with one key per round.
      { roundCriterionIds: ['innovation', 'market', 'team'] },
      { roundCriterionIds: { review: ['innovation', 'market', 'team'] } },
      { roundCriterionIds: { review: [], final: [], semi: [] } },
      { roundCriterionIds: deleteField() },
      { openRoundIds: ['review', 'final', 'extra'] },
      { aggregation: { method: 'mode', trim: 1, normalization: 'none', minSheets: 3 } },
      { aggregation: { method: 'mean', trim: 1, normalization: 'none', minSheets: 0 } },
      { aggregation: { method: 'mean', trim: 1.5, normalization: 'none', minSheets: 1 } },
      { aggregation: { method: 'mean', trim: 1, normalization: 'none' } },
      { ranking: { scope: 'global' } },
    ];
    for (const change of bad) {
      await assertFails(updateDoc(ref, { ...change, updatedAt: serverTimestamp() }));
    }
  });
});

describe('competitions/{cid}: create and delete', () => {
  it('denies clients creating competitions (functions only)', async () => {
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c9'), competitionDoc()));
    await assertFails(setDoc(doc(t.as('u9'), 'competitions/c9'), competitionDoc()));
  });

  it('denies clients deleting competitions, organizers included', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), 'competitions/c1')));
  });

  it('still lets the organizer write what create would carry, as an update only', async () => {
    // Contrast for the create denial: the same document body is acceptable as
    // an update of an existing competition.
    const { createdAt: _createdAt, ...settings } = competitionDoc({ title: '更新' });
    await assertSucceeds(updateDoc(doc(t.as('o1'), 'competitions/c1'), { ...settings, updatedAt: serverTimestamp() }));
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
