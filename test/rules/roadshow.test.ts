// The live roadshow's documents (issue 11, docs/roadshow.md): the stage,
// reveals, the screen token and the big screen's feed, all written only by
// stageControl; and a roadshow round's draft sheets, which a judge may write
// only for the team on stage while its scoring is open. Each rule has an
// allow and a deny test.
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { beforeEach, describe, it } from 'vitest';
import { assignmentDoc, competitionDoc, criterion, entryDoc, ts, useRulesEnv } from './setup';

const t = useRulesEnv();

const C1 = 'competitions/c1';
const at = ts(-60_000);
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';

function stage(phase: string, current: string | null) {
  return {
    roundId: 'final',
    order: ['e1', 'e3'],
    absent: [],
    draw: null,
    phase,
    current: current && { entryId: current, code: current === 'e1' ? 'E-001' : 'E-003', title: '路演项目' },
    timer: null,
    revealed: [],
    showJudgeNames: false,
    timing: { pitchSeconds: 480, qaSeconds: 300 },
    revision: 3,
    updatedAt: at,
    // What stageControl stores for the rules: the team on stage while scoring is open.
    scoringEntryId: phase === 'scoring' ? current : null,
  };
}

const reveal = {
  roundId: 'final',
  entryId: 'e1',
  code: 'E-001',
  title: '路演项目',
  sheets: [{ judgeNumber: 1, name: null, total: '88.00', struck: null }],
  score: '88.00',
  method: 'trimmed-mean',
  missing: 0,
  revealedAt: at,
  revealedBy: 'o1',
};

const feed = {
  competitionId: 'c1',
  roundId: 'final',
  title: '创新创业大赛',
  titleEn: 'Innovation and Entrepreneurship Challenge',
  roundName: '决赛',
  roundNameEn: 'Final',
  phase: 'revealed',
  current: { entryId: 'e1', code: 'E-001', title: '路演项目' },
  timer: null,
  reveal,
  leaderboard: [{ rank: 1, code: 'E-001', title: '路演项目', score: '88.00' }],
  updatedAt: at,
};

beforeEach(async () => {
  await t.seed({
    [`${C1}/stages/final`]: stage('scoring', 'e1'),
    [`${C1}/reveals/final__e1`]: reveal,
    [`${C1}/stageScreens/final`]: { token: TOKEN, createdAt: at },
    [`screens/${TOKEN}`]: feed,
  });
});

const readers = (db: Firestore, path: string) => getDoc(doc(db, path));

describe('stages/{roundId}', () => {
  const path = `${C1}/stages/final`;
  it('is read by the organizers and the judges of the competition', async () => {
    await assertSucceeds(readers(t.as('o1'), path));
    await assertSucceeds(readers(t.as('j1'), path));
    await assertSucceeds(getDocs(collection(t.as('j2'), `${C1}/stages`)));
  });
  it('is not read by a team, another competition’s people, a stranger or a signed-out visitor', async () => {
    for (const db of [t.as('t1'), t.as('o2'), t.as('j3'), t.as('u9'), t.anon()]) await assertFails(readers(db, path));
  });
  it('is written by no client, organizers included', async () => {
    await assertFails(setDoc(doc(t.as('o1'), path), stage('scoring', 'e3')));
    await assertFails(updateDoc(doc(t.as('o1'), path), { phase: 'revealed' }));
    await assertFails(updateDoc(doc(t.as('j1'), path), { phase: 'scoring' }));
    await assertFails(deleteDoc(doc(t.as('o1'), path)));
    await assertFails(setDoc(doc(t.as('o1'), `${C1}/stages/review`), stage('idle', null)));
  });
});

describe('reveals/{roundId}__{entryId}', () => {
  const path = `${C1}/reveals/final__e1`;
  it('is read by the organizers', async () => {
    await assertSucceeds(readers(t.as('o1'), path));
    await assertSucceeds(getDocs(collection(t.as('o1'), `${C1}/reveals`)));
  });
  it('is not read by judges (no judge sees another’s scores here), teams or strangers', async () => {
    for (const db of [t.as('j1'), t.as('t1'), t.as('o2'), t.as('u9'), t.anon()]) await assertFails(readers(db, path));
    await assertFails(getDocs(collection(t.as('j1'), `${C1}/reveals`)));
  });
  it('is written by no client', async () => {
    await assertFails(setDoc(doc(t.as('o1'), `${C1}/reveals/final__e3`), { ...reveal, entryId: 'e3' }));
    await assertFails(updateDoc(doc(t.as('o1'), path), { score: '99.00' }));
    await assertFails(deleteDoc(doc(t.as('o1'), path)));
  });
});

describe('stageScreens/{roundId}', () => {
  const path = `${C1}/stageScreens/final`;
  it('is read by the organizers', async () => {
    await assertSucceeds(readers(t.as('o1'), path));
  });
  it('is not read by judges, teams or strangers (the token is the screen’s key)', async () => {
    for (const db of [t.as('j1'), t.as('t1'), t.as('o2'), t.anon()]) await assertFails(readers(db, path));
  });
  it('is written by no client', async () => {
    await assertFails(setDoc(doc(t.as('o1'), path), { token: 'x'.repeat(32), createdAt: serverTimestamp() }));
  });
});

describe('screens/{token}', () => {
  const path = `screens/${TOKEN}`;
  it('is got by whoever holds the token, signed out too', async () => {
    await assertSucceeds(readers(t.anon(), path));
    await assertSucceeds(readers(t.as('u9'), path));
    // An unknown token reads as missing, not as an error.
    await assertSucceeds(readers(t.anon(), 'screens/ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ'));
  });
  it('is never listed, not even by an organizer', async () => {
    await assertFails(getDocs(collection(t.anon(), 'screens')));
    await assertFails(getDocs(collection(t.as('o1'), 'screens')));
  });
  it('is written by no client', async () => {
    await assertFails(setDoc(doc(t.anon(), 'screens/mine'), feed));
    await assertFails(setDoc(doc(t.as('o1'), path), { ...feed, phase: 'idle' }));
    await assertFails(updateDoc(doc(t.as('o1'), path), { leaderboard: [] }));
    await assertFails(deleteDoc(doc(t.as('o1'), path)));
  });
});

describe('a roadshow round’s draft sheets', () => {
  const SHEET = `${C1}/sheets/final__j1__e1`;
  const draft = (revision = 1) => ({
    roundId: 'final',
    judgeUid: 'j1',
    entryId: 'e1',
    status: 'draft',
    scores: { pitch: 85 },
    comments: { pitch: '路演表达清晰' },
    comment: '',
    revision,
    updatedAt: serverTimestamp(),
    submittedAt: null,
  });

  beforeEach(async () => {
    // The final is open, and j1 scores e1 and e3 in it.
    await t.seed({
      'competitions/c1': competitionDoc({ status: 'final', openRoundIds: ['final'] }),
      [`${C1}/entries/e3`]: entryDoc('E-003', { status: 'submitted', submittedAt: at }),
      [`${C1}/assignments/j1__e1`]: assignmentDoc('j1', 'e1', ['review', 'final']),
      [`${C1}/assignments/j1__e3`]: assignmentDoc('j1', 'e3', ['final']),
    });
  });

  it('lets the judge create and save a draft for the team on stage while scoring is open', async () => {
    const ref = doc(t.as('j1'), SHEET);
    await assertSucceeds(setDoc(ref, draft()));
    await assertSucceeds(updateDoc(ref, { scores: { pitch: 90 }, revision: 2, updatedAt: serverTimestamp() }));
  });

  it('fits a 20-criterion roadshow rubric in the expression budget, on create and on update', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const [review, final] = competitionDoc().rounds;
    await t.seed({
      'competitions/c1': competitionDoc({
        status: 'final',
        openRoundIds: ['final'],
        rounds: [review, { ...final, rubric: { criteria: ids.map((id, i) => criterion(id, 5, i + 1, 0.5)) } }],
        roundCriterionIds: { review: ['innovation', 'market', 'team'], final: ids },
      }),
    });
    const scores = Object.fromEntries(ids.map((id, i) => [id, i + 1]));
    const comments = Object.fromEntries(ids.map((id) => [id, `评语 ${id} `.repeat(50)]));
    const ref = doc(t.as('j1'), SHEET);
    await assertSucceeds(setDoc(ref, { ...draft(), scores, comments }));
    await assertSucceeds(
      updateDoc(ref, { 'scores.c19': 19.5, 'comments.c19': '改', revision: 2, updatedAt: serverTimestamp() }),
    );
  });

  it('denies a draft for another team than the one on stage', async () => {
    await assertFails(setDoc(doc(t.as('j1'), `${C1}/sheets/final__j1__e3`), { ...draft(), entryId: 'e3' }));
  });

  it('denies a draft while the team is on stage but scoring is not open, or once revealed', async () => {
    for (const phase of ['on-stage', 'revealed']) {
      await t.seed({ [`${C1}/stages/final`]: stage(phase, 'e1') });
      await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
    }
    await t.seed({ [`${C1}/stages/final`]: stage('idle', null) });
    await assertFails(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('denies saving a draft once its team has been revealed', async () => {
    await t.seed({ [SHEET]: { ...draft(), updatedAt: at } });
    await t.seed({ [`${C1}/stages/final`]: { ...stage('revealed', 'e1'), revealed: ['e1'] } });
    await assertFails(
      updateDoc(doc(t.as('j1'), SHEET), { scores: { pitch: 90 }, revision: 2, updatedAt: serverTimestamp() }),
    );
  });

  it('takes drafts for a roadshow round whose stage was never opened (submitSheet refuses their submit)', async () => {
    // Rules cannot afford to look up the round's kind (the sheet update's
    // expression budget): without a stage, the round reads as any round.
    await t.remove(`${C1}/stages/final`);
    await assertSucceeds(setDoc(doc(t.as('j1'), SHEET), draft()));
  });

  it('leaves an online round’s drafts alone (no stage there)', async () => {
    await t.seed({ 'competitions/c1': competitionDoc({ openRoundIds: ['review', 'final'] }) });
    await assertSucceeds(
      setDoc(doc(t.as('j1'), `${C1}/sheets/review__j1__e1`), {
        ...draft(),
        roundId: 'review',
        scores: { innovation: 8 },
        comments: {},
      }),
    );
  });
});
