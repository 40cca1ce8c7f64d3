import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  Bytes,
  GeoPoint,
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
  type DocumentData,
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { assignmentDoc, competitionDoc, criterion, entryDoc, sheetDoc, useRulesEnv } from './setup';

const t = useRulesEnv();

const S = 'competitions/c1/sheets';
const SHEET = `${S}/review__j1__e1`;
const E1 = 'competitions/c1/entries/e1';

/** A draft as the client writes it: the first save (revision 1) unless overridden. */
const draft = (overrides: Record<string, unknown> = {}) => ({
  roundId: 'review',
  judgeUid: 'j1',
  entryId: 'e1',
  status: 'draft',
  scores: { innovation: 8, market: 7 },
  comments: { innovation: '技术路线清楚' },
  comment: '商业模式清晰',
  revision: 1,
  updatedAt: serverTimestamp(),
  submittedAt: null,
  ...overrides,
});

/** A final-round draft, keyed by the final's own criteria. */
const finalDraft = () => draft({ roundId: 'final', scores: { pitch: 85 }, comments: { pitch: '路演表达清晰' } });

/** A partial update of a stored draft as the client writes it: the given revision. */
const save = (revision: unknown, fields: Record<string, unknown>) => ({
  ...fields,
  revision,
  updatedAt: serverTimestamp(),
});

describe('sheets: create', () => {
  it('lets an assigned judge create their draft for an open round', async () => {
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('accepts empty score and comment maps and a 2000-character comment', async () => {
    await assertSucceeds(
      setDoc(doc(t.as('j1'), SHEET), draft({ scores: {}, comments: {}, comment: '评'.repeat(2000) })),
    );
  });

  it('denies a score for a criterion not in the rubric', async () => {
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ scores: { innovation: 8, charisma: 10 } })));
  });

  it('denies a comment keyed by a criterion not in the rubric', async () => {
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ comments: { innovation: '好', charisma: '很有魅力' } })));
  });

  it("denies writing status 'submitted' or 'recused' (functions only)", async () => {
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'submitted', submittedAt: serverTimestamp() })));
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'submitted' })));
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'recused' })));
  });

  it('denies a sheet for a round that is not open, even when the pair is assigned to it', async () => {
    await t.seed({ 'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review', 'final']) });
    // 'final' is pending.
    await assertFails(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), finalDraft()));
    // 'review' closed.
    await t.seed({ 'competitions/c1': competitionDoc({ openRoundIds: [] }) });
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('denies an open round the pair is not assigned for', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ openRoundIds: ['review', 'final'] }) });
    await assertFails(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), finalDraft()));
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
    // The same final sheet once the pair is assigned for the final too (and,
    // the final being a roadshow, e1 is on stage with scoring open: roadshow.test.ts).
    await t.seed({
      'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review', 'final']),
      'competitions/c1/stages/final': { phase: 'scoring', scoringEntryId: 'e1' },
    });
    await assertSucceeds(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), finalDraft()));
  });

  it('denies a judge scoring an entry they are not assigned to', async () => {
    await assertFails(setDoc(doc(t.as('j1'), `${S}/review__j1__e2`), draft({ entryId: 'e2' })));
    await assertFails(setDoc(doc(t.as('j2'), `${S}/review__j2__e1`), draft({ judgeUid: 'j2' })));
  });

  it("denies writing a sheet in someone else's name", async () => {
    await t.seed({ 'competitions/c1/assignments/j2__e1': assignmentDoc('j2', 'e1', ['review']) });
    await assertFails(setDoc(doc(t.as('j1'), `${S}/review__j2__e1`), draft({ judgeUid: 'j2' })));
    await assertFails(setDoc(doc(t.as('o1'), `${S}/review__j2__e1`), draft({ judgeUid: 'j2' })));
  });

  it('denies ids inconsistent with the document id', async () => {
    await assertFails(setDoc(doc(t.as('j1'), `${S}/whatever`), draft()));
    await assertFails(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), draft()));
  });

  it('denies missing or extra fields and wrong types', async () => {
    const ref = doc(t.as('j1'), SHEET);
    const { comment: _comment, ...noComment } = draft();
    await assertFails(setDoc(ref, noComment));
    await assertFails(setDoc(ref, draft({ total: 90 })));
    await assertFails(setDoc(ref, draft({ scores: [8, 7] })));
    await assertFails(setDoc(ref, draft({ comment: 5 })));
    await assertFails(setDoc(ref, draft({ comment: '评'.repeat(2001) })));
    const { comments: _comments, ...noComments } = draft();
    await assertFails(setDoc(ref, noComments));
    await assertFails(setDoc(ref, draft({ comments: ['技术路线清楚'] })));
    await assertFails(setDoc(ref, draft({ comments: '技术路线清楚' })));
    const { revision: _revision, ...noRevision } = draft();
    await assertFails(setDoc(ref, noRevision));
  });

  it('denies a client-chosen updatedAt or a submittedAt', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(setDoc(ref, draft({ updatedAt: Timestamp.now() })));
    await assertFails(setDoc(ref, draft({ submittedAt: serverTimestamp() })));
  });

  it('denies judges of another competition and removed judges', async () => {
    await t.seed({ 'competitions/c1/assignments/j3__e1': assignmentDoc('j3', 'e1', ['review']) });
    await assertFails(setDoc(doc(t.as('j3'), `${S}/review__j3__e1`), draft({ judgeUid: 'j3' })));
    await t.remove('competitions/c1/members/j1');
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });
});

describe('sheets: score values', () => {
  /** Every Firestore type but number, as a score value. */
  const notNumbers = (db: Firestore): unknown[] => [
    '8',
    { value: 8 },
    [8],
    true,
    null,
    doc(db, 'competitions/c1'),
    new GeoPoint(1, 2),
    Bytes.fromUint8Array(new Uint8Array([8])),
    Timestamp.now(),
  ];

  it('denies a score that is not a number', async () => {
    const db = t.as('j1');
    const ref = doc(db, SHEET);
    for (const value of notNumbers(db)) {
      await assertFails(setDoc(ref, draft({ scores: { innovation: 8, market: value } })));
    }
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 8, market: 7 } })));
  });

  it('denies a negative score and NaN', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(setDoc(ref, draft({ scores: { innovation: -1 } })));
    await assertFails(setDoc(ref, draft({ scores: { innovation: -0.5, market: 7 } })));
    await assertFails(setDoc(ref, draft({ scores: { innovation: Number.NaN } })));
  });

  it('allows integers and half points, 0, and leaves ranges to submitSheet', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 8, market: 7, team: 9 } })));
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 7.5, market: 0.5, team: 9 }, revision: 2 })));
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 0, market: 10, team: 10.0 }, revision: 3 })));
    await assertSucceeds(setDoc(ref, draft({ scores: {}, revision: 4 })));
    // Above a maximum or off the step ('team' counts whole points): a draft
    // that cannot be submitted as it is, harmless.
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 11, team: 9.5 }, revision: 5 })));
  });

  describe('with a rubric of 20 criteria (the most rules check)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const criteria = ids.map((id, i) => criterion(id, 5, i + 1, 0.5));
    const full = (override: Record<string, unknown> = {}) => ({
      ...Object.fromEntries(ids.map((id, i) => [id, i + 1])),
      ...override,
    });
    const fullComments = (override: Record<string, unknown> = {}) => ({
      ...Object.fromEntries(ids.map((id) => [id, `评语 ${id} `.repeat(50)])),
      ...override,
    });
    /** The review round scored against these criteria (ids: its roundCriterionIds). */
    const withReviewRubric = (list: DocumentData[], reviewIds: string[]) => {
      const [review, final] = competitionDoc().rounds;
      return competitionDoc({
        rounds: [{ ...review, rubric: { criteria: list } }, final],
        roundCriterionIds: { review: reviewIds, final: ['pitch', 'answers'] },
      });
    };

    it('allows every criterion scored and commented, on create and on update (within the expression budget)', async () => {
      await t.seed({ 'competitions/c1': withReviewRubric(criteria, ids) });
      const ref = doc(t.as('j1'), SHEET);
      await assertSucceeds(setDoc(ref, draft({ scores: full(), comments: fullComments() })));
      await assertSucceeds(
        setDoc(ref, draft({ scores: full({ c10: 0.5 }), comments: fullComments(), comment: '第二稿', revision: 2 })),
      );
      await assertSucceeds(updateDoc(ref, save(3, { 'scores.c19': 19.5, 'comments.c19': '改' })));
    });

    it('denies a bad value in any of the 20 places', async () => {
      await t.seed({ 'competitions/c1': withReviewRubric(criteria, ids) });
      const ref = doc(t.as('j1'), SHEET);
      for (const id of ['c00', 'c09', 'c10', 'c19']) {
        await assertFails(setDoc(ref, draft({ scores: full({ [id]: 'x' }), comments: {} })));
        await assertFails(setDoc(ref, draft({ scores: full({ [id]: -1 }), comments: {} })));
        await assertFails(setDoc(ref, draft({ scores: full(), comments: fullComments({ [id]: 7 }) })));
        await assertFails(setDoc(ref, draft({ scores: full(), comments: fullComments({ [id]: '评'.repeat(1001) }) })));
      }
    });

    it('denies more than 20 scores or comments (beyond what rules check), even if the round lists more', async () => {
      const more = [...ids, 'c20'];
      await t.seed({ 'competitions/c1': withReviewRubric([...criteria, criterion('c20', 5, 21, 1)], more) });
      const ref = doc(t.as('j1'), SHEET);
      await assertFails(setDoc(ref, draft({ scores: full({ c20: 21 }), comments: {} })));
      await assertFails(setDoc(ref, draft({ scores: {}, comments: fullComments({ c20: '多一条' }) })));
      await assertSucceeds(setDoc(ref, draft({ scores: { c00: 1, c20: 2 }, comments: { c00: '好', c20: '好' } })));
    });
  });

  it("checks the value of a key that the round's roundCriterionIds lists but its rubric does not", async () => {
    // roundCriterionIds out of step with the round's rubric: 'extra' is no
    // criterion, but its value must still be a number >= 0.
    const comp = competitionDoc();
    await t.seed({
      'competitions/c1': { ...comp, roundCriterionIds: { ...comp.roundCriterionIds, review: ['innovation', 'extra'] } },
    });
    const db = t.as('j1');
    const ref = doc(db, SHEET);
    for (const value of [...notNumbers(db), -1, Number.NaN]) {
      await assertFails(setDoc(ref, draft({ scores: { innovation: 8, extra: value } })));
    }
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 8, extra: 9 } })));
  });

  it('checks values on update too', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(updateDoc(ref, save(2, { 'scores.market': '7' })));
    await assertFails(updateDoc(ref, save(2, { 'scores.market': -2 })));
    await assertFails(updateDoc(ref, save(2, { 'comments.market': { text: '好' } })));
    await assertSucceeds(updateDoc(ref, save(2, { 'scores.market': 9.5, 'comments.market': '市场空间大' })));
  });
});

describe('sheets: comments', () => {
  it('accepts a comment per criterion of the round, up to 1000 characters each', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertSucceeds(
      setDoc(ref, draft({ comments: { innovation: '评'.repeat(1000), market: '', team: '团队完整' } })),
    );
  });

  it('denies a comment that is not text, or longer than 1000 characters', async () => {
    const db = t.as('j1');
    const ref = doc(db, SHEET);
    const bad: unknown[] = [
      '评'.repeat(1001),
      8,
      { text: '好' },
      ['好'],
      null,
      true,
      doc(db, 'competitions/c1'),
      Bytes.fromUint8Array(new Uint8Array(64)),
      Timestamp.now(),
    ];
    for (const value of bad) {
      await assertFails(setDoc(ref, draft({ comments: { innovation: '好', market: value } })));
    }
  });
});

describe('sheets: rounds and their rubrics', () => {
  const FINAL = `${S}/final__j1__e1`;
  /** The final open too, and j1 assigned to e1 for both rounds. */
  const openFinal = () =>
    t.seed({
      'competitions/c1': competitionDoc({ openRoundIds: ['review', 'final'] }),
      'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review', 'final']),
    });

  it("lets a final-round sheet score and comment the final's criteria once the final is open", async () => {
    await openFinal();
    await assertSucceeds(
      setDoc(
        doc(t.as('j1'), FINAL),
        draft({ roundId: 'final', scores: { pitch: 85, answers: 78 }, comments: { pitch: '路演表达清晰' } }),
      ),
    );
  });

  it("denies a final-round sheet keyed by the review round's criteria", async () => {
    await openFinal();
    const ref = doc(t.as('j1'), FINAL);
    await assertFails(setDoc(ref, draft({ roundId: 'final', scores: { innovation: 8 }, comments: {} })));
    await assertFails(setDoc(ref, draft({ roundId: 'final', scores: {}, comments: { market: '好' } })));
    await assertFails(setDoc(ref, draft({ roundId: 'final', scores: { pitch: 85, team: 9 }, comments: {} })));
  });

  it("denies a review sheet keyed by the final's criteria, on create and on update", async () => {
    await openFinal();
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(setDoc(ref, draft({ scores: { pitch: 85 }, comments: {} })));
    await assertFails(setDoc(ref, draft({ scores: {}, comments: { answers: '回答到位' } })));
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertFails(updateDoc(ref, save(2, { 'scores.pitch': 85 })));
    await assertFails(updateDoc(ref, save(2, { 'comments.pitch': '路演' })));
    await assertSucceeds(updateDoc(ref, save(2, { 'scores.team': 9, 'comments.team': '团队完整' })));
  });

  it('denies a round that roundCriterionIds does not list (no criteria: no keys)', async () => {
    const comp = competitionDoc({ openRoundIds: ['review', 'final'] });
    await t.seed({
      'competitions/c1': { ...comp, roundCriterionIds: { review: comp.roundCriterionIds.review, semi: [] } },
      'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review', 'final']),
    });
    const ref = doc(t.as('j1'), `${S}/final__j1__e1`);
    await assertFails(setDoc(ref, draft({ roundId: 'final', scores: { pitch: 85 }, comments: {} })));
    // An empty sheet has no key to check: it is the judge's to fill in later.
    await assertSucceeds(setDoc(ref, draft({ roundId: 'final', scores: {}, comments: {} })));
  });
});

describe('sheets: revisions', () => {
  it('creates a sheet as revision 1 only', async () => {
    const ref = doc(t.as('j1'), SHEET);
    for (const revision of [0, 2, -1, 1.5, '1', null]) {
      await assertFails(setDoc(ref, draft({ revision })));
    }
    await assertSucceeds(setDoc(ref, draft({ revision: 1 })));
  });

  it('lets each save through as the next revision', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    const ref = doc(t.as('j1'), SHEET);
    await assertSucceeds(updateDoc(ref, save(2, { 'scores.market': 7 })));
    await assertSucceeds(updateDoc(ref, save(3, { 'comments.market': '市场空间大' })));
    await assertSucceeds(setDoc(ref, draft({ revision: 4 })));
  });

  it('denies a save that is not exactly the next revision (same, skipped, lower, missing)', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1', { revision: 3 }) });
    const ref = doc(t.as('j1'), SHEET);
    for (const revision of [3, 5, 2, 1, 4.5, '4']) {
      await assertFails(updateDoc(ref, save(revision, { 'scores.market': 7 })));
    }
    await assertFails(updateDoc(ref, { 'scores.market': 7, updatedAt: serverTimestamp() }));
    await assertFails(setDoc(ref, draft({ revision: 1 })));
  });

  it("refuses the second device's save of a revision the first has already saved", async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    // Two devices both hold revision 1; the phone saves first.
    const phone = doc(t.as('j1'), SHEET);
    const laptop = doc(t.as('j1'), SHEET);
    await assertSucceeds(updateDoc(phone, save(2, { 'scores.market': 7 })));
    await assertFails(updateDoc(laptop, save(2, { 'scores.market': 4 })));
    await assertFails(setDoc(laptop, draft({ scores: { market: 4 }, revision: 2 })));
  });
});

describe('sheets: entry status', () => {
  it('lets the judge write a draft for a submitted entry', async () => {
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('denies creating a draft for an entry that is draft, withdrawn or disqualified', async () => {
    for (const status of ['draft', 'withdrawn', 'disqualified']) {
      await t.seed({ [E1]: entryDoc('E-001', { status }) });
      await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
    }
  });

  it('denies updating a draft once the entry is no longer submitted', async () => {
    for (const status of ['draft', 'withdrawn', 'disqualified']) {
      await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1'), [E1]: entryDoc('E-001', { status }) });
      await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(2, { comment: 'still scoring' })));
    }
    await t.seed({ [E1]: entryDoc('E-001', { status: 'submitted', submittedAt: Timestamp.now() }) });
    await assertSucceeds(updateDoc(doc(t.as('j1'), SHEET), save(2, { comment: 'still scoring' })));
  });

  it('denies a draft for an entry that does not exist', async () => {
    await t.remove(E1);
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });
});

describe('sheets: update and delete', () => {
  it('lets the judge keep editing their draft', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertSucceeds(updateDoc(doc(t.as('j1'), SHEET), save(2, { scores: { team: 9 } })));
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft({ comment: '第二稿', revision: 3 })));
  });

  it('denies any edit once the sheet is submitted or recused, whatever the revision', async () => {
    for (const status of ['submitted', 'recused']) {
      await t.seed({
        [SHEET]: sheetDoc('review', 'j1', 'e1', {
          status,
          revision: 2,
          submittedAt: status === 'submitted' ? Timestamp.now() : null,
        }),
      });
      for (const revision of [1, 2, 3]) {
        await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ revision })));
        await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(revision, { comment: 'changed my mind' })));
        await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(revision, { status: 'draft', submittedAt: null })));
      }
    }
  });

  it('denies the judge submitting by update', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertFails(
      updateDoc(doc(t.as('j1'), SHEET), save(2, { status: 'submitted', submittedAt: serverTimestamp() })),
    );
  });

  it('denies editing after the round closed', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1'), 'competitions/c1': competitionDoc({ openRoundIds: [] }) });
    await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(2, { comment: 'late' })));
  });

  it('denies editing once the pair is no longer assigned for the round (a replacement judge took it)', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await t.remove('competitions/c1/assignments/j1__e1');
    await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(2, { comment: 'still mine?' })));
    await t.seed({ 'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['final']) });
    await assertFails(updateDoc(doc(t.as('j1'), SHEET), save(2, { comment: 'still mine?' })));
  });

  it("denies editing another judge's sheet, and the organizer editing sheets", async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await t.seed({ 'competitions/c1/assignments/j2__e1': assignmentDoc('j2', 'e1', ['review']) });
    await assertFails(updateDoc(doc(t.as('j2'), SHEET), save(2, { comment: 'x' })));
    await assertFails(setDoc(doc(t.as('j2'), SHEET), draft({ revision: 2 })));
    await assertFails(updateDoc(doc(t.as('o1'), SHEET), save(2, { comment: 'x' })));
  });

  it('denies deletes by anyone', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertFails(deleteDoc(doc(t.as('j1'), SHEET)));
    await assertFails(deleteDoc(doc(t.as('o1'), SHEET)));
  });
});

describe('sheets: read', () => {
  const seedSheets = () =>
    t.seed({
      [SHEET]: sheetDoc('review', 'j1', 'e1'),
      'competitions/c1/assignments/j2__e1': assignmentDoc('j2', 'e1', ['review']),
      [`${S}/review__j2__e1`]: sheetDoc('review', 'j2', 'e1'),
    });

  it('lets the judge get their sheet and query by judgeUid, and by roundId + judgeUid', async () => {
    await seedSheets();
    const db = t.as('j1');
    await assertSucceeds(getDoc(doc(db, SHEET)));
    const mine = await assertSucceeds(getDocs(query(collection(db, S), where('judgeUid', '==', 'j1'))));
    if (mine.size !== 1) throw new Error(`expected 1 sheet, got ${mine.size}`);
    await assertSucceeds(
      getDocs(query(collection(db, S), where('roundId', '==', 'review'), where('judgeUid', '==', 'j1'))),
    );
  });

  it("denies a judge other judges' sheets, by get or query", async () => {
    await seedSheets();
    const db = t.as('j1');
    await assertFails(getDoc(doc(db, `${S}/review__j2__e1`)));
    await assertFails(getDocs(collection(db, S)));
    await assertFails(getDocs(query(collection(db, S), where('roundId', '==', 'review'))));
    await assertFails(getDocs(query(collection(db, S), where('judgeUid', '==', 'j2'))));
  });

  it('denies teams, other competitions and signed-out users', async () => {
    await seedSheets();
    await assertFails(getDoc(doc(t.as('t1'), SHEET)));
    await assertFails(getDoc(doc(t.as('o2'), SHEET)));
    await assertFails(getDoc(doc(t.anon(), SHEET)));
  });

  it('lets the organizer read all sheets', async () => {
    await seedSheets();
    await assertSucceeds(getDocs(collection(t.as('o1'), S)));
    await assertSucceeds(getDoc(doc(t.as('o1'), SHEET)));
  });
});
