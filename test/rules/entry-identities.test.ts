import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { collection, deleteDoc, deleteField, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { CREDIT_CODE, competitionDoc, entryDoc, identityDoc, past, useRulesEnv } from './setup';

const t = useRulesEnv();

const ID1 = 'competitions/c1/entryIdentities/e1';
const ID2 = 'competitions/c1/entryIdentities/e2';
const E1 = 'competitions/c1/entries/e1';
const teamMembers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `队员${i + 1}`, role: '成员' }));

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

// The team edits its identity while its entry (e1, submitted in the shared
// fixture) is a draft.
const teamEntryIsDraft = () => t.seed({ [E1]: entryDoc('E-001') });

describe('entryIdentities: update', () => {
  beforeEach(teamEntryIsDraft);
  it('lets the owning team edit everything but ownerUids', async () => {
    await assertSucceeds(
      updateDoc(doc(t.as('t1'), ID1), {
        teamName: '新队名',
        contactPhone: '13900000000',
        organization: '某公司',
        contactName: '李四',
        contactEmail: 'new@example.com',
        members: [
          { name: '李四', role: '队长' },
          { name: '王五', role: '技术' },
        ],
        creditCode: '91630100MA752XKX8C',
      }),
    );
  });

  it('lets the owning team edit only while its entry is a draft, like the entry itself', async () => {
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { teamName: 'Team draft' }));
    // A submitted entry was checked with its registration: reopen it first.
    for (const status of ['submitted', 'withdrawn']) {
      await t.seed({ [E1]: entryDoc('E-001', { status }) });
      await assertFails(updateDoc(doc(t.as('t1'), ID1), { teamName: `Team ${status}` }));
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

describe("entryIdentities: the team's own formats (phone, credit code, members)", () => {
  beforeEach(teamEntryIsDraft);
  it('lets the team store a normalized mainland mobile number', async () => {
    for (const phone of ['13800000000', '19912345678', '15000000001']) {
      await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { contactPhone: phone }));
    }
  });

  it('denies the team a phone that is not a normalized mainland mobile', async () => {
    const bad = [
      '138 0000 0000',
      '+8613800000000',
      '8613800000000',
      '12345678901',
      '10000000000',
      '1380000000',
      '138000000001',
      ' 13800000000',
      '0971-1234567',
      '',
    ];
    for (const phone of bad) {
      await assertFails(updateDoc(doc(t.as('t1'), ID1), { contactPhone: phone }));
    }
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { contactPhone: 13800000000 }));
  });

  it('lets the team store no credit code or a well-formed one', async () => {
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { creditCode: '' }));
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { creditCode: CREDIT_CODE }));
    await assertSucceeds(updateDoc(doc(t.as('t2'), ID2), { creditCode: '91110000600037341L' }));
  });

  it('denies the team a credit code outside the GB 32100 alphabet or of the wrong length', async () => {
    const bad = [
      '91350100M000100I43', // I is not in the alphabet
      '91350100M000100O43', // nor O
      '91350100M000100S43', // nor S, V, Z
      '91350100M000100V43',
      '91350100M000100Z43',
      '91350100m000100y43', // lowercase
      '91350100M000100Y4', // 17 characters
      '91350100M000100Y433', // 19 characters
      '9135010AM000100Y43', // a letter in the six-digit division code
      ' 1350100M000100Y43',
    ];
    for (const creditCode of bad) {
      await assertFails(updateDoc(doc(t.as('t1'), ID1), { creditCode }));
    }
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { creditCode: null }));
  });

  it('holds every team write to the formats, even when an organizer stored the current value', async () => {
    await t.seed({ [ID1]: identityDoc('Team One', ['t1'], { contactPhone: '0971-1234567' }) });
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { teamName: 'only the name' }));
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { teamName: 'and the phone', contactPhone: '13800000000' }));
  });

  it('lets the team list up to 15 members, and denies 16 or a members field that is not a list', async () => {
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { members: teamMembers(15) }));
    await assertSucceeds(updateDoc(doc(t.as('t1'), ID1), { members: [] }));
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { members: teamMembers(16) }));
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { members: { name: '张三', role: '队长' } }));
    await assertFails(updateDoc(doc(t.as('t1'), ID1), { members: deleteField() }));
  });

  it('lets the organizer store a landline or an unnormalized phone, and a code the team could not', async () => {
    for (const phone of ['0971-1234567', '138 0000 0000', '+8613800000000', '']) {
      await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { contactPhone: phone }));
    }
    await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { creditCode: '91350100m000100y43' }));
    await assertSucceeds(updateDoc(doc(t.as('o1'), ID1), { members: teamMembers(15) }));
  });

  it('still holds the organizer to the schema (lengths, types, 15 members)', async () => {
    const ref = doc(t.as('o1'), ID1);
    await assertFails(updateDoc(ref, { contactPhone: '0'.repeat(33) }));
    await assertFails(updateDoc(ref, { creditCode: 'x'.repeat(19) }));
    await assertFails(updateDoc(ref, { creditCode: 91350100 }));
    await assertFails(updateDoc(ref, { members: teamMembers(16) }));
    await assertFails(updateDoc(ref, { members: '张三' }));
    await assertFails(updateDoc(ref, { creditCode: deleteField() }));
  });
});

describe('entryIdentities: create and delete', () => {
  it('lets the organizer create the identity of an existing entry', async () => {
    await t.seed({ 'competitions/c1/entries/e3': entryDoc('E-003') });
    await assertSucceeds(setDoc(doc(t.as('o1'), 'competitions/c1/entryIdentities/e3'), identityDoc('Three', [])));
  });

  it('denies the organizer creating an identity without members or creditCode', async () => {
    await t.seed({ 'competitions/c1/entries/e3': entryDoc('E-003') });
    const ref = doc(t.as('o1'), 'competitions/c1/entryIdentities/e3');
    const { members: _members, ...noMembers } = identityDoc('Three', []);
    const { creditCode: _creditCode, ...noCode } = identityDoc('Three', []);
    await assertFails(setDoc(ref, noMembers));
    await assertFails(setDoc(ref, noCode));
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
