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
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { assignmentDoc, competitionDoc, entryDoc, sheetDoc, useRulesEnv } from './setup';

const t = useRulesEnv();

const S = 'competitions/c1/sheets';
const SHEET = `${S}/review__j1__e1`;
const E1 = 'competitions/c1/entries/e1';

/** A draft as the client writes it. */
const draft = (overrides: Record<string, unknown> = {}) => ({
  roundId: 'review',
  judgeUid: 'j1',
  entryId: 'e1',
  status: 'draft',
  scores: { innovation: 8, market: 7 },
  comment: '商业模式清晰',
  updatedAt: serverTimestamp(),
  submittedAt: null,
  ...overrides,
});

describe('sheets: create', () => {
  it('lets an assigned judge create their draft for an open round', async () => {
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('accepts an empty score map and a 2000-character comment', async () => {
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft({ scores: {}, comment: '评'.repeat(2000) })));
  });

  it('denies a score for a criterion not in the rubric', async () => {
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ scores: { innovation: 8, charisma: 10 } })));
  });

  it("denies writing status 'submitted' or 'recused' (functions only)", async () => {
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'submitted', submittedAt: serverTimestamp() })));
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'submitted' })));
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft({ status: 'recused' })));
  });

  it('denies a sheet for a round that is not open, even when the pair is assigned to it', async () => {
    await t.seed({ 'competitions/c1/assignments/j1__e1': assignmentDoc('j1', 'e1', ['review', 'final']) });
    // 'final' is pending.
    await assertFails(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), draft({ roundId: 'final' })));
    // 'review' closed.
    await t.seed({ 'competitions/c1': competitionDoc({ openRoundIds: [] }) });
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('denies an open round the pair is not assigned for', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ openRoundIds: ['review', 'final'] }) });
    await assertFails(setDoc(doc(t.as('j1'), `${S}/final__j1__e1`), draft({ roundId: 'final' })));
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
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
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 7.5, market: 0.5, team: 9.5 } })));
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 0, market: 10, team: 10.0 } })));
    await assertSucceeds(setDoc(ref, draft({ scores: {} })));
    // Above a maximum: a draft that cannot be submitted as it is, harmless.
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 11 } })));
  });

  describe('with a rubric of 20 criteria (the most rules check)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const criteria = ids.map((id, i) => ({ id, name: id, nameEn: id, weight: 5, max: i + 1 }));
    const full = (override: Record<string, unknown> = {}) => ({
      ...Object.fromEntries(ids.map((id, i) => [id, i + 1])),
      ...override,
    });

    it('allows every criterion scored, on create and on update (within the expression budget)', async () => {
      await t.seed({ 'competitions/c1': competitionDoc({ rubric: { criteria }, criterionIds: ids }) });
      const ref = doc(t.as('j1'), SHEET);
      await assertSucceeds(setDoc(ref, draft({ scores: full() })));
      await assertSucceeds(setDoc(ref, draft({ scores: full({ c10: 0.5 }), comment: '第二稿' })));
      await assertSucceeds(updateDoc(ref, { 'scores.c19': 19.5, updatedAt: serverTimestamp() }));
    });

    it('denies a bad value in any of the 20 places', async () => {
      await t.seed({ 'competitions/c1': competitionDoc({ rubric: { criteria }, criterionIds: ids }) });
      const ref = doc(t.as('j1'), SHEET);
      for (const id of ['c00', 'c09', 'c10', 'c19']) {
        await assertFails(setDoc(ref, draft({ scores: full({ [id]: 'x' }) })));
        await assertFails(setDoc(ref, draft({ scores: full({ [id]: -1 }) })));
      }
    });

    it('denies more than 20 scores (beyond what rules check), even if criterionIds lists more', async () => {
      const more = [...ids, 'c20'];
      await t.seed({
        'competitions/c1': competitionDoc({
          rubric: { criteria: [...criteria, { id: 'c20', name: 'c20', nameEn: 'c20', weight: 5, max: 21 }] },
          criterionIds: more,
        }),
      });
      const ref = doc(t.as('j1'), SHEET);
      await assertFails(setDoc(ref, draft({ scores: full({ c20: 21 }) })));
      await assertSucceeds(setDoc(ref, draft({ scores: { c00: 1, c20: 2 } })));
    });
  });

  it('checks the value of a key that criterionIds lists but the rubric does not', async () => {
    // criterionIds out of step with rubric.criteria: 'pitch' is no
    // criterion, but its value must still be a number >= 0.
    await t.seed({ 'competitions/c1': competitionDoc({ criterionIds: ['innovation', 'market', 'pitch'] }) });
    const db = t.as('j1');
    const ref = doc(db, SHEET);
    for (const value of [...notNumbers(db), -1, Number.NaN]) {
      await assertFails(setDoc(ref, draft({ scores: { innovation: 8, pitch: value } })));
    }
    await assertSucceeds(setDoc(ref, draft({ scores: { innovation: 8, pitch: 9 } })));
  });

  it('checks values on update too', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(updateDoc(ref, { 'scores.market': '7', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { 'scores.market': -2, updatedAt: serverTimestamp() }));
    await assertSucceeds(updateDoc(ref, { 'scores.market': 9.5, updatedAt: serverTimestamp() }));
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
      await assertFails(updateDoc(doc(t.as('j1'), SHEET), { comment: 'still scoring', updatedAt: serverTimestamp() }));
    }
    await t.seed({ [E1]: entryDoc('E-001', { status: 'submitted', submittedAt: Timestamp.now() }) });
    await assertSucceeds(updateDoc(doc(t.as('j1'), SHEET), { comment: 'still scoring', updatedAt: serverTimestamp() }));
  });

  it('denies a draft for an entry that does not exist', async () => {
    await t.remove(E1);
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });
});

describe('sheets: update and delete', () => {
  it('lets the judge keep editing their draft', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertSucceeds(updateDoc(doc(t.as('j1'), SHEET), { scores: { team: 9 }, updatedAt: serverTimestamp() }));
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft({ comment: '第二稿' })));
  });

  it('denies any edit once the sheet is submitted or recused', async () => {
    for (const status of ['submitted', 'recused']) {
      await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1', { status, submittedAt: Timestamp.now() }) });
      await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
      await assertFails(
        updateDoc(doc(t.as('j1'), SHEET), { comment: 'changed my mind', updatedAt: serverTimestamp() }),
      );
    }
  });

  it('denies the judge submitting by update', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertFails(
      updateDoc(doc(t.as('j1'), SHEET), {
        status: 'submitted',
        submittedAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('denies editing after the round closed', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1'), 'competitions/c1': competitionDoc({ openRoundIds: [] }) });
    await assertFails(updateDoc(doc(t.as('j1'), SHEET), { comment: 'late', updatedAt: serverTimestamp() }));
  });

  it("denies editing another judge's sheet, and the organizer editing sheets", async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    await assertFails(updateDoc(doc(t.as('j2'), SHEET), { comment: 'x', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(t.as('o1'), SHEET), { comment: 'x', updatedAt: serverTimestamp() }));
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
