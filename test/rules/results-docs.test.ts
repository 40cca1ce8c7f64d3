// The documents of watching, publishing and objecting (issue 10): progress,
// the judge pseudonyms, objections, team feedback and advancements. All are
// written only by functions; each read rule has an allow and a deny test.
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
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { ts, useRulesEnv } from './setup';

const t = useRulesEnv();

const C1 = 'competitions/c1';
const at = ts(-60_000);

function objection(id: string, teamUid: string, entryId: string, status = 'open') {
  return {
    id,
    versionId: 'v1',
    version: 1,
    teamUid,
    entryIds: [entryId],
    entryCodes: [entryId === 'e1' ? 'E-001' : 'S-001'],
    reason: '我们的评分汇总有误，请复核。',
    raisedAt: at,
    status,
    answer: status === 'open' ? '' : '已复核，分数无误。',
    answeredAt: status === 'open' ? null : at,
    answeredBy: status === 'open' ? null : 'o1',
  };
}

function feedback(entryId: string) {
  return {
    entryId,
    versionId: 'v1',
    sheets: [{ criteria: { innovation: '技术路线清楚' }, overall: '商业模式清晰' }],
  };
}

beforeEach(async () => {
  await t.seed({
    [`${C1}/roundProgress/review`]: {
      roundId: 'review',
      assigned: 5,
      submitted: 3,
      drafts: 1,
      recused: 1,
      updatedAt: at,
    },
    [`${C1}/judgeProgress/review__j1`]: {
      roundId: 'review',
      judgeUid: 'j1',
      assigned: 1,
      submitted: 1,
      drafts: 0,
      recused: 0,
      lastActivityAt: at,
    },
    [`${C1}/entryProgress/review__e1`]: {
      roundId: 'review',
      entryId: 'e1',
      assigned: 5,
      submitted: 2,
      recused: 0,
      belowMinimum: true,
    },
    [`${C1}/private/judgePseudonyms`]: { byUid: { j1: 'A', j2: 'B' } },
    [`${C1}/objections/ob1`]: objection('ob1', 't1', 'e1'),
    [`${C1}/objections/ob2`]: objection('ob2', 't2', 'e2', 'dismissed'),
    // Forged or stale: names a judge as the objecting "team".
    [`${C1}/objections/ob3`]: objection('ob3', 'j1', 'e1'),
    [`${C1}/feedback/e1`]: feedback('e1'),
    [`${C1}/feedback/e2`]: feedback('e2'),
    [`${C1}/advancements/final`]: {
      toRoundId: 'final',
      fromRoundId: 'review',
      scope: 'track',
      n: 1,
      entryIds: ['e1'],
      tiedAtCut: [],
      excludedTiedEntryIds: [],
      exportSha256: 'ab',
      at,
      by: 'o1',
    },
  });
});

/** Every client write on `path` is refused, for each of these callers. */
async function writesDenied(path: string, uids: string[]): Promise<void> {
  const parent = path.slice(0, path.lastIndexOf('/'));
  for (const uid of uids) {
    const db = t.as(uid);
    await assertFails(setDoc(doc(db, path), { forged: true }));
    await assertFails(setDoc(doc(db, `${parent}/new-doc`), { forged: true }));
    await assertFails(updateDoc(doc(db, path), { forged: true }));
    await assertFails(deleteDoc(doc(db, path)));
  }
}

/** Get by every caller but the organizer of c1 is refused (judge, teams, other organizer, outsider, signed out). */
async function othersDenied(path: string, uids = ['j1', 'j2', 't1', 't2', 'o2', 'j3', 'u9']): Promise<void> {
  for (const uid of uids) await assertFails(getDoc(doc(t.as(uid), path)));
  await assertFails(getDoc(doc(t.anon(), path)));
}

describe('progress documents', () => {
  const paths = [`${C1}/roundProgress/review`, `${C1}/judgeProgress/review__j1`, `${C1}/entryProgress/review__e1`];

  it('lets the organizer read them, also as the dashboard queries', async () => {
    const db = t.as('o1');
    for (const path of paths) await assertSucceeds(getDoc(doc(db, path)));
    await assertSucceeds(getDocs(query(collection(db, `${C1}/judgeProgress`), where('roundId', '==', 'review'))));
    const short = await assertSucceeds(
      getDocs(
        query(
          collection(db, `${C1}/entryProgress`),
          where('roundId', '==', 'review'),
          where('belowMinimum', '==', true),
          limit(50),
        ),
      ),
    );
    if (short.size !== 1) throw new Error(`expected 1 entry below the minimum, got ${short.size}`);
    await assertSucceeds(getDocs(collection(db, `${C1}/roundProgress`)));
  });

  it('denies judges (even their own progress), teams (even their own entry), other organizers and signed-out users', async () => {
    for (const path of paths) await othersDenied(path);
    await assertFails(getDocs(query(collection(t.as('j1'), `${C1}/judgeProgress`), where('judgeUid', '==', 'j1'))));
    await assertFails(getDocs(query(collection(t.as('t1'), `${C1}/entryProgress`), where('entryId', '==', 'e1'))));
    await assertFails(getDocs(collection(t.as('o2'), `${C1}/roundProgress`)));
  });

  it('denies every client write, organizers included', async () => {
    for (const path of paths) await writesDenied(path, ['o1', 'j1']);
  });
});

describe('private/{docId}', () => {
  const PSEUDONYMS = `${C1}/private/judgePseudonyms`;

  it('lets the organizer read the judge key', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), PSEUDONYMS)));
    await assertSucceeds(getDocs(collection(t.as('o1'), `${C1}/private`)));
  });

  it('denies judges, teams, other organizers and signed-out users', async () => {
    await othersDenied(PSEUDONYMS);
    await assertFails(getDocs(collection(t.as('j1'), `${C1}/private`)));
  });

  it('denies every client write, organizers included', async () => {
    await writesDenied(PSEUDONYMS, ['o1']);
  });
});

describe('objections/{id}', () => {
  const OB = `${C1}/objections`;
  const mine = (db: Firestore, uid: string) => query(collection(db, OB), where('teamUid', '==', uid));

  it('lets the organizer read every objection, also as the filtered list', async () => {
    const db = t.as('o1');
    await assertSucceeds(getDoc(doc(db, `${OB}/ob1`)));
    await assertSucceeds(getDoc(doc(db, `${OB}/ob2`)));
    const all = await assertSucceeds(getDocs(collection(db, OB)));
    if (all.size !== 3) throw new Error(`expected 3 objections, got ${all.size}`);
    await assertSucceeds(
      getDocs(query(collection(db, OB), where('status', '==', 'open'), orderBy('raisedAt', 'desc'))),
    );
  });

  it('lets a team read its own objection, by id and by the query on its uid', async () => {
    const db = t.as('t1');
    await assertSucceeds(getDoc(doc(db, `${OB}/ob1`)));
    const own = await assertSucceeds(getDocs(mine(db, 't1')));
    if (own.size !== 1 || own.docs[0]?.id !== 'ob1') throw new Error('expected exactly the team’s own objection');
    await assertSucceeds(getDocs(query(collection(db, OB), where('teamUid', '==', 't1'), orderBy('raisedAt', 'desc'))));
    await assertSucceeds(getDoc(doc(t.as('t2'), `${OB}/ob2`)));
  });

  it("denies a team another team's objection, and an unconstrained or foreign query", async () => {
    const db = t.as('t1');
    await assertFails(getDoc(doc(db, `${OB}/ob2`)));
    await assertFails(getDocs(collection(db, OB)));
    await assertFails(getDocs(mine(db, 't2')));
    await assertFails(getDocs(query(collection(db, OB), where('status', '==', 'open'))));
    await assertFails(getDoc(doc(t.as('t2'), `${OB}/ob1`)));
  });

  it('denies judges (even one an objection names), other organizers, outsiders and signed-out users', async () => {
    await othersDenied(`${OB}/ob1`, ['j1', 'j2', 'o2', 'j3', 't3', 'u9']);
    await assertFails(getDoc(doc(t.as('j1'), `${OB}/ob3`)));
    await assertFails(getDocs(mine(t.as('j1'), 'j1')));
    await assertFails(getDocs(mine(t.as('o2'), 'o2')));
    await assertFails(getDocs(mine(t.anon(), 't1')));
  });

  it('denies a removed team its old objection', async () => {
    await t.remove(`${C1}/members/t1`);
    await assertFails(getDoc(doc(t.as('t1'), `${OB}/ob1`)));
    await assertFails(getDocs(mine(t.as('t1'), 't1')));
  });

  it('denies raising, answering or withdrawing from a client (functions only)', async () => {
    await writesDenied(`${OB}/ob1`, ['o1', 't1']);
    await assertFails(setDoc(doc(t.as('t1'), `${OB}/ob9`), objection('ob9', 't1', 'e1')));
    await assertFails(
      updateDoc(doc(t.as('o1'), `${OB}/ob1`), { status: 'dismissed', answer: '无误', answeredBy: 'o1' }),
    );
  });
});

describe('feedback/{entryId}', () => {
  const FB = `${C1}/feedback`;

  it("lets the organizer read every entry's feedback", async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), `${FB}/e1`)));
    await assertSucceeds(getDocs(collection(t.as('o1'), FB)));
  });

  it("lets the entry's team read its own feedback", async () => {
    await assertSucceeds(getDoc(doc(t.as('t1'), `${FB}/e1`)));
    await assertSucceeds(getDoc(doc(t.as('t2'), `${FB}/e2`)));
  });

  it("denies another team's feedback, listing, judges, other organizers and signed-out users", async () => {
    await assertFails(getDoc(doc(t.as('t1'), `${FB}/e2`)));
    await assertFails(getDoc(doc(t.as('t2'), `${FB}/e1`)));
    await assertFails(getDocs(collection(t.as('t1'), FB)));
    await othersDenied(`${FB}/e1`, ['j1', 'j2', 't2', 'o2', 'j3', 't3', 'u9']);
  });

  it('denies every client write, organizers and the team included', async () => {
    await writesDenied(`${FB}/e1`, ['o1', 't1']);
  });
});

describe('advancements/{roundId}', () => {
  const ADV = `${C1}/advancements/final`;

  it('lets the organizer read an advancement', async () => {
    await assertSucceeds(getDoc(doc(t.as('o1'), ADV)));
    await assertSucceeds(getDocs(collection(t.as('o1'), `${C1}/advancements`)));
  });

  it('denies judges, teams (even an advanced one), other organizers and signed-out users', async () => {
    await othersDenied(ADV);
    await assertFails(getDocs(collection(t.as('t1'), `${C1}/advancements`)));
  });

  it('denies every client write, organizers included', async () => {
    await writesDenied(ADV, ['o1']);
  });
});
