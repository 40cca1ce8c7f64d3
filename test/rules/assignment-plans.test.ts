import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { Timestamp, collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { useRulesEnv } from './setup';

const t = useRulesEnv();

const PLAN = 'competitions/c1/assignmentPlans/review';

/** The plan assignRound stores for a round (recuseSheet re-runs it). */
const plan = () => ({
  strategy: 'engine',
  pools: [
    { trackId: 'enterprise', k: 3, judgeUids: ['j1', 'j2'] },
    { trackId: 'startup', k: 2, judgeUids: ['j1', 'j2'] },
  ],
  updatedAt: Timestamp.fromMillis(Date.UTC(2025, 2, 2)),
  updatedBy: 'o1',
});

beforeEach(async () => {
  await t.seed({ [PLAN]: plan() });
});

describe('assignmentPlans/{roundId}', () => {
  it('lets the organizer get and list the plans of their competition', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), PLAN)));
    await assertSucceeds(getDocs(collection(t.as('o1'), 'competitions/c1/assignmentPlans')));
  });

  it('denies judges (also the judges it names), teams, other competitions and signed-out users', async () => {
    for (const uid of ['j1', 'j2', 't1', 'o2', 'u9']) {
      await assertFails(getDoc(doc(t.as(uid), PLAN)));
      await assertFails(getDocs(collection(t.as(uid), 'competitions/c1/assignmentPlans')));
    }
    await assertFails(getDoc(doc(t.anon(), PLAN)));
  });

  it('denies every client write, organizers included (assignRound writes it)', async () => {
    const db = t.as('o1');
    await assertFails(setDoc(doc(db, 'competitions/c1/assignmentPlans/final'), plan()));
    await assertFails(setDoc(doc(db, PLAN), plan()));
    await assertFails(updateDoc(doc(db, PLAN), { strategy: 'every-judge' }));
    await assertFails(deleteDoc(doc(db, PLAN)));
    await assertFails(updateDoc(doc(t.as('j1'), PLAN), { strategy: 'every-judge' }));
  });
});
