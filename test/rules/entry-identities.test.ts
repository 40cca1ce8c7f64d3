import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { competitionDoc, entryDoc, identityDoc, past, useRulesEnv } from './setup';

const t = useRulesEnv();

const ID1 = 'competitions/c1/entryIdentities/e1';
const E1 = 'competitions/c1/entries/e1';

describe('entryIdentities: read', () => {
  it('lets the organizer and the owning team read an identity', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), ID1)));
    await assertSucceeds(getDoc(doc(t.as('t1'), ID1)));
  });

  it('denies judges, even assigned ones and even when the competition is not blind', async () => {
    await assertFails(getDoc(doc(t.as('j1'), ID1)));
    await assertFails(getDocs(collection(t.as('j1'), 'competitions/c1/entryIdentities')));
    await t.seed({ 'competitions/c1': competitionDoc({ blind: false }) });
    await assertFails(getDoc(doc(t.as('j1'), ID1)));
  });

  it('denies other teams, other competitions and signed-out users', async () => {
    await assertFails(getDoc(doc(t.as('t2'), ID1)));
    await assertFails(getDoc(doc(t.as('o2'), ID1)));
    await assertFails(getDoc(doc(t.anon(), ID1)));
  });

  it('lets only the organizer list identities', async () => {
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/entryIdentities')));
    await assertFails(getDocs(collection(t.as('t1'), 'competitions/c1/entryIdentities')));
  });
});

describe('entryIdentities: update', () => {
  it('lets the owning team edit everything but ownerUids', async () => {
    await assertSucceeds(
      updateDoc(doc(t.as('t1'), ID1), { teamName: '新队名', contactPhone: '13900000000', organization: '某公司' }),
    );
  });

  it('lets the owning team edit before the deadline whatever its own status (draft, submitted, withdrawn)', async () => {
    for (const status of ['draft', 'submitted', 'withdrawn']) {
      await t.seed({ [E1]: entryDoc('E-001', { status }) });
      await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { teamName: `Team ${status}` }));
    }
  });

  it('denies the team editing after the submission deadline, like its entry', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ submissionDeadline: past() }) });
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { teamName: 'too late' }));
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { contactPhone: '13900000000' }));
  });

  it('denies the team editing once its entry is disqualified', async () => {
    await t.seed({ [E1]: entryDoc('E-001', { status: 'disqualified' }) });
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { teamName: 'quiet edit' }));
  });

  it('denies the team editing an identity whose entry is missing', async () => {
    await t.remove(E1);
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { teamName: 'orphan' }));
    await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { teamName: 'orphan' }));
  });

  it('lets the organizer edit after the deadline and on a disqualified entry', async () => {
    await t.seed({
      'competitions/c1': competitionDoc({ submissionDeadline: past() }),
      [E1]: entryDoc('E-001', { status: 'disqualified' }),
    });
    await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { contactName: '李四', ownerUids: ['t1', 'u9'] }));
  });

  it('denies the team changing ownerUids', async () => {
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { ownerUids: ['t1', 't2'] }));
  });

  it('lets the organizer change ownerUids and contact details', async () => {
    await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { ownerUids: ['t1', 'u9'], contactName: '李四' }));
  });

  it("denies another team, judges and other competitions' organizers", async () => {
    await assertFails(updateDoc(doc(t.as('t2'), ID1), { teamName: 'x' }));
    await assertFails(updateDoc(doc(t.as('j1'), ID1), { teamName: 'x' }));
    await assertFails(updateDoc(doc(t.as('o2'), ID1), { teamName: 'x' }));
  });

  it('denies extra fields, wrong types, empty or oversize names', async () => {
    const ref = doc(t.as('t1'), ID1);
    await assertFails(updateDoc(ref, { entryCode: 'E-001' }));
    await assertFails(updateDoc(ref, { teamName: 3 }));
    await assertFails(updateDoc(ref, { teamName: '' }));
    await assertFails(updateDoc(ref, { contactPhone: '1'.repeat(33) }));
    await assertFails(updateDoc(doc(t.as('o1'), ID1), { ownerUids: 't1' }));
  });
});

describe('entryIdentities: create and delete', () => {
  it('lets the organizer create the identity of an existing entry', async () => {
    await t.seed({ 'competitions/c1/entries/e3': entryDoc('E-003') });
    await assertSucceeds(setDoc(doc(t.as('o1'), 'competitions/c1/entryIdentities/e3'), identityDoc('Three', [])));
  });

  it('denies creating an identity for a missing entry, or by a team', async () => {
    await assertFails(setDoc(doc(t.as('o1'), 'competitions/c1/entryIdentities/e9'), identityDoc('Nine', [])));
    await t.seed({ 'competitions/c1/entries/e3': entryDoc('E-003') });
    await assertFails(setDoc(doc(t.as('t1'), 'competitions/c1/entryIdentities/e3'), identityDoc('Three', ['t1'])));
  });

  it('denies deletes, organizers included', async () => {
    await assertFails(deleteDoc(doc(t.as('o1'), ID1)));
    await assertFails(deleteDoc(doc(t.as('t1'), ID1)));
  });
});
