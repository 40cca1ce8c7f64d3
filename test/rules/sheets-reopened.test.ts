// A sheet's `reopened` ({ reason, at } or null): set by reopenSheet and
// cleared by submitSheet, never changed by the judge's own draft saves.
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { deleteField, doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { sheetDoc, ts, useRulesEnv } from './setup';

const t = useRulesEnv();

const SHEET = 'competitions/c1/sheets/review__j1__e1';
const reopened = { reason: '第二项分数录入有误，请更正后重新提交。', at: ts(-60_000) };

/** The judge's full save of the draft (what saveSheetDraft writes), as the given revision. */
const fullSave = (revision: number, extra: Record<string, unknown> = {}) => ({
  roundId: 'review',
  judgeUid: 'j1',
  entryId: 'e1',
  status: 'draft',
  scores: { innovation: 8, market: 7 },
  comments: {},
  comment: '已更正',
  revision,
  updatedAt: serverTimestamp(),
  submittedAt: null,
  ...extra,
});

/** A sheet reopenSheet turned back into a draft (revision advanced, reason stored). */
const seedReopened = () => t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1', { revision: 3, reopened }) });

describe('sheets: reopened', () => {
  it('lets the judge save a reopened draft that keeps the reason as stored', async () => {
    await seedReopened();
    const db = t.as('j1');
    await assertSucceeds(updateDoc(doc(db, SHEET), { 'scores.market': 7, revision: 4, updatedAt: serverTimestamp() }));
    const stored = (await getDoc(doc(db, SHEET))).data();
    await assertSucceeds(setDoc(doc(db, SHEET), fullSave(5, { reopened: stored?.reopened })));
  });

  it("lets the judge's full save through when it names only the judge's fields (mergeFields)", async () => {
    await seedReopened();
    const fields = fullSave(4);
    const judgeFields = ['status', 'scores', 'comments', 'comment', 'revision', 'updatedAt', 'submittedAt'];
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), fields, { mergeFields: judgeFields }));
    const stored = (await getDoc(doc(t.as('j1'), SHEET))).data();
    if (stored?.reopened?.reason !== reopened.reason) throw new Error('the reason was not kept');
    // A score removed from the map is gone: mergeFields replaces each named field whole.
    await assertSucceeds(
      setDoc(
        doc(t.as('j1'), SHEET),
        { ...fields, scores: { innovation: 6 }, revision: 5 },
        { mergeFields: judgeFields },
      ),
    );
    const after = (await getDoc(doc(t.as('j1'), SHEET))).data();
    if (JSON.stringify(after?.scores) !== JSON.stringify({ innovation: 6 })) throw new Error('scores were merged');
  });

  it('denies the judge clearing or changing the reason, whichever way', async () => {
    await seedReopened();
    const ref = doc(t.as('j1'), SHEET);
    const save = (fields: Record<string, unknown>) => ({ ...fields, revision: 4, updatedAt: serverTimestamp() });
    await assertFails(updateDoc(ref, save({ reopened: null })));
    await assertFails(updateDoc(ref, save({ reopened: deleteField() })));
    await assertFails(updateDoc(ref, save({ 'reopened.reason': '没有问题' })));
    await assertFails(updateDoc(ref, save({ reopened: { ...reopened, at: ts(0) } })));
    // A full save that leaves the key out clears it too.
    await assertFails(setDoc(ref, fullSave(4)));
    await assertFails(setDoc(ref, fullSave(4, { reopened: null })));
  });

  it('lets the judge save a draft whose reason is null without naming it, and denies setting one', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1', { revision: 2, reopened: null }) });
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(setDoc(ref, fullSave(3, { reopened })));
    await assertFails(updateDoc(ref, { reopened, revision: 3, updatedAt: serverTimestamp() }));
    await assertSucceeds(setDoc(ref, fullSave(3)));
    await assertSucceeds(setDoc(ref, fullSave(4, { reopened: null })));
  });

  it('denies a sheet without the key being given one by a save', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1') });
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(updateDoc(ref, { reopened, revision: 2, updatedAt: serverTimestamp() }));
    await assertSucceeds(updateDoc(ref, { comment: '补充', revision: 2, updatedAt: serverTimestamp() }));
  });

  it('denies creating a sheet that carries a reason, allows it absent or null', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertFails(setDoc(ref, fullSave(1, { reopened })));
    await assertFails(setDoc(ref, fullSave(1, { reopened: { reason: '' } })));
    await assertFails(setDoc(ref, fullSave(1, { reopened: 'x' })));
    await assertSucceeds(setDoc(ref, fullSave(1, { reopened: null })));
  });

  it('still denies other extra keys next to it', async () => {
    await seedReopened();
    await assertFails(setDoc(doc(t.as('j1'), SHEET), fullSave(4, { reopened, total: 90 })));
  });

  it('lets the organizer and the judge read the reason, not another judge', async () => {
    await seedReopened();
    await assertSucceeds(getDoc(doc(t.as('o1'), SHEET)));
    await assertSucceeds(getDoc(doc(t.as('j1'), SHEET)));
    await assertFails(getDoc(doc(t.as('j2'), SHEET)));
    await assertFails(getDoc(doc(t.as('t1'), SHEET)));
  });

  it('denies the organizer setting or clearing the reason from a client (reopenSheet does)', async () => {
    await t.seed({ [SHEET]: sheetDoc('review', 'j1', 'e1', { status: 'submitted', revision: 2, submittedAt: ts(0) }) });
    await assertFails(
      updateDoc(doc(t.as('o1'), SHEET), { status: 'draft', reopened, revision: 3, updatedAt: serverTimestamp() }),
    );
    await seedReopened();
    await assertFails(updateDoc(doc(t.as('o1'), SHEET), { reopened: null, revision: 4, updatedAt: serverTimestamp() }));
  });
});
