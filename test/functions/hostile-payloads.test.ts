// Hostile payloads to the callables: who is calling is checked before anything
// big is parsed, sizes are capped, problem lists are bounded, and malformed
// ids or values get `invalid-argument` with a message, never INTERNAL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
/** Each callable with a signed-in caller of the wrong role for it. */
const WRONG_ROLE: Record<string, string> = {
  computeRoundResults: 'team1',
  publishResults: 'j1',
  submitSheet: 'team1',
  reopenSheet: 'team1',
  addJudgeToEntry: 'j1',
  discardDraft: 'team1',
  submitEntry: 'j1',
  changeEntryStatus: 'j1',
  removeEntryFile: 'j1',
  assignRound: 'j1',
  recuseSheet: 'organizer',
  updateCompetitionSettings: 'j1',
  changeCompetitionStatus: 'j1',
  createInvitations: 'j1',
  revokeInvitation: 'j1',
  removeMember: 'j1',
  transferOwnership: 'j1',
  setEntryEligibility: 'j1',
  advanceRound: 'j1',
  raiseObjection: 'j1',
  answerObjection: 'team1',
  stageControl: 'j1',
};
/** These take any signed-in user (acceptInvitation: the invited email; createCompetition: anyone). */
const CALLABLES = [...Object.keys(WRONG_ROLE), 'registerTeam', 'acceptInvitation', 'createCompetition'];
/** createCompetition names no competition (a copy names its source in copyFrom). */
const NO_COMPETITION_ID = ['createCompetition'];
let fns: Record<string, Awaited<ReturnType<typeof loadCallable>>>;

beforeAll(async () => {
  fns = Object.fromEntries(await Promise.all(CALLABLES.map(async (n) => [n, await loadCallable(n)] as const)));
  await freshDemo();
}, 120_000);

/**
 * Big and invalid besides: a function that parsed it before asking who calls
 * would answer invalid-argument (after seconds of work), not the caller's error.
 */
const hostile = () => ({ competitionId: cid, roundId: 42, entryId: {}, sheetId: [], scores: hugeScores() });
const hugeScores = () => Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));

describe('every callable', () => {
  it('is in this suite (a new callable must be added above)', () => {
    // The triggers are exported from the same index; they take no payload from a caller.
    const TRIGGERS = [
      'validateDeckUpload',
      'recheckObjectMetadata',
      'forgetDeletedDeck',
      'progressOnSheetWrite',
      'progressOnAssignmentWrite',
    ];
    const index = readFileSync(join(process.cwd(), 'functions', 'src', 'index.ts'), 'utf8');
    const exported = [...index.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]!);
    expect(exported.length).toBeGreaterThan(TRIGGERS.length);
    expect(exported.filter((name) => !TRIGGERS.includes(name)).sort()).toEqual([...CALLABLES].sort());
  });

  it('refuses a signed-out caller before reading the payload', async () => {
    for (const name of CALLABLES) {
      await expect(fns[name]!(hostile()), name).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    }
    // Some thirty callables one after the other: slow on a busy 2-core machine.
  }, 90_000);

  it('refuses a caller of the wrong role before reading the rest of the payload', async () => {
    for (const [name, uid] of Object.entries(WRONG_ROLE)) {
      const err = await fns[name]!(hostile(), uid).catch((e: unknown) => e);
      expect(err, name).toMatchObject({ code: 'permission-denied' });
    }
  }, 90_000);

  it('refuses malformed competition ids with a message', async () => {
    for (const competitionId of ['..', 'a/b', '../x', '', 'x'.repeat(200), 'a__b', 42, null, { id: 'x' }]) {
      for (const name of CALLABLES.filter((n) => !NO_COMPETITION_ID.includes(n))) {
        const err = await fns[name]!({ competitionId, roundId }, 'organizer').catch((e: unknown) => e);
        expect(err, `${name} ${JSON.stringify(competitionId)}`).toMatchObject({
          code: 'invalid-argument',
          message: expect.stringContaining('competitionId'),
        });
      }
    }
  });
});

describe('submitSheet', () => {
  it('refuses 200,000 score keys from a judge with one short message', async () => {
    const err = await fns.submitSheet!(
      { competitionId: cid, roundId, entryId: 'e01', scores: hugeScores() },
      'j1',
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-argument' });
    expect(JSON.stringify(err).length).toBeLessThan(2000);
  });

  it('lists at most 20 score problems and says how many more', async () => {
    const drafts = await db()
      .collection(`competitions/${cid}/sheets`)
      .where('status', '==', 'draft')
      .where('roundId', '==', roundId)
      .limit(1)
      .get();
    const draft = drafts.docs[0]!;
    // 45 unknown criteria and the rubric's 5 missing: 50 problems.
    const scores = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`extra${i}`, 1]));
    const err = await fns.submitSheet!(
      { competitionId: cid, roundId, entryId: draft.get('entryId'), scores },
      draft.get('judgeUid'),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-argument' });
    const problems = (err as { details: { problems: string[] } }).details.problems;
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('scores.extra0: not a criterion of this rubric');
    expect(problems[20]).toBe('… and 30 more');
  });

  it('refuses ids that would change the document path', async () => {
    for (const entryId of ['..', 'e01/../../x', 'a__b', '']) {
      await expect(
        fns.submitSheet!({ competitionId: cid, roundId, entryId, scores: {} }, 'j1'),
        entryId,
      ).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('entryId') });
    }
    await expect(
      fns.submitSheet!({ competitionId: cid, roundId: '../final', entryId: 'e01', scores: {} }, 'j1'),
    ).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('roundId') });
  });
});

/** A map with an own key "__proto__", as JSON.parse makes it from a request body. */
const protoKeyed = (value: unknown) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "innovation": 8}`) as object;

describe('submitSheet comments and keys', () => {
  it('refuses prototype-named, huge and ill-typed comment maps by name', async () => {
    const base = { competitionId: cid, roundId, entryId: 'e01', scores: {} };
    const cases: [unknown, string][] = [
      [protoKeyed('x'), 'comments.__proto__'],
      [Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'x'])), 'comments'],
      [{ innovation: 42 }, 'comments.innovation'],
      [{ innovation: 'x'.repeat(1001) }, 'comments.innovation'],
      ['all good', 'comments'],
    ];
    for (const [comments, field] of cases) {
      const err = await fns.submitSheet!({ ...base, comments }, 'j1').catch((e: unknown) => e);
      expect(err, field).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(field) });
      expect(JSON.stringify(err).length).toBeLessThan(2000);
    }
    const err = await fns.submitSheet!({ ...base, scores: protoKeyed(1) }, 'j1').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('scores.__proto__') });
  });
});

describe('assignRound', () => {
  const request = (pools: unknown, extra: Record<string, unknown> = {}) => ({
    competitionId: cid,
    roundId: 'final',
    commit: true,
    strategy: 'engine',
    pools,
    ...extra,
  });
  const pool = (trackId: unknown, judgeUids: unknown, k: unknown = 2) => ({ trackId, k, judgeUids });

  it('refuses wrong types, prototype-named tracks and huge pools with one short message', async () => {
    const cases: [unknown, string][] = [
      ['all', 'pools'],
      [[pool('enterprise', 'j1'), pool('team', ['j1'])], 'pools.0.judgeUids'],
      [[pool('__proto__', ['j1']), pool('team', ['j1'])], 'pools.0.trackId'],
      [[pool('enterprise', ['j1'], '2'), pool('team', ['j1'])], 'pools.0.k'],
      [
        [
          pool(
            'enterprise',
            Array.from({ length: 100_000 }, (_, i) => `j${i}`),
          ),
          pool('team', ['j1']),
        ],
        'pools.0.judgeUids',
      ],
      [Array.from({ length: 100_000 }, () => pool('team', ['j1'])), 'pools'],
      [[pool('enterprise', ['../j1']), pool('team', ['j1'])], 'pools.0.judgeUids.0'],
    ];
    for (const [pools, field] of cases) {
      const err = await fns.assignRound!(request(pools), 'organizer').catch((e: unknown) => e);
      expect(err, field).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(field) });
      expect(JSON.stringify(err).length, field).toBeLessThan(2000);
    }
  });

  it('refuses uids that are no judge of the competition (a team, the organizer, another competition)', async () => {
    const err = await fns.assignRound!(
      request([
        pool('enterprise', ['j1', 'j2', 'j3', 'team1', 'organizer']),
        pool('team', ['j1', 'j2', 'j3', 'nobody']),
      ]),
      'organizer',
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'failed-precondition',
      details: {
        problems: [
          { code: 'unknown-judge', judgeUid: 'team1' },
          { code: 'unknown-judge', judgeUid: 'organizer' },
          { code: 'unknown-judge', judgeUid: 'nobody' },
        ],
      },
    });
  });
});

describe('recuseSheet', () => {
  it('refuses a missing, blank or huge reason and malformed ids', async () => {
    const base = { competitionId: cid, roundId, entryId: 'e01', reason: '与该团队有合作关系' };
    const cases: [Record<string, unknown>, string][] = [
      [{ reason: undefined }, 'reason'],
      [{ reason: '   ' }, 'reason'],
      [{ reason: 'x'.repeat(100_000) }, 'reason'],
      [{ reason: { text: 'x' } }, 'reason'],
      [{ entryId: '__proto__' }, 'entryId'],
      [{ entryId: ['e01'] }, 'entryId'],
      [{ roundId: '../final' }, 'roundId'],
    ];
    for (const [change, field] of cases) {
      const err = await fns.recuseSheet!({ ...base, ...change }, 'j1').catch((e: unknown) => e);
      expect(err, field).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(field) });
      expect(JSON.stringify(err).length, field).toBeLessThan(2000);
    }
  });

  it("refuses another judge's entry: a judge recuses only from its own assignments", async () => {
    const mine = await db().collection(`competitions/${cid}/assignments`).where('judgeUid', '==', 'j1').get();
    const theirs = await db().collection(`competitions/${cid}/assignments`).where('judgeUid', '==', 'j2').get();
    const mineIds = new Set(mine.docs.map((d) => d.get('entryId')));
    const other = theirs.docs.map((d) => d.get('entryId') as string).find((e) => !mineIds.has(e))!;
    const err = await fns.recuseSheet!({ competitionId: cid, roundId, entryId: other, reason: '冲突' }, 'j1').catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'permission-denied' });
    const sheet = await db().doc(`competitions/${cid}/sheets/${roundId}__j1__${other}`).get();
    expect(sheet.exists).toBe(false);
  });
});

describe('publishResults', () => {
  it('refuses a showConfidence that is not a boolean, by name', async () => {
    for (const showConfidence of ['yes', 1, null, { on: true }]) {
      const err = await fns.publishResults!(
        { competitionId: cid, roundId, noticeDays: 0, showConfidence },
        'organizer',
      ).catch((e: unknown) => e);
      expect(err, JSON.stringify(showConfidence)).toMatchObject({
        code: 'invalid-argument',
        message: expect.stringContaining('showConfidence'),
      });
    }
  });
});

describe('stageControl actions', () => {
  it('refuses malformed actions with a bounded message naming the field', async () => {
    const cases: [unknown, string][] = [
      [undefined, 'action'],
      [{ type: '__proto__' }, 'action'],
      [{ type: 'setOrder', order: Array.from({ length: 5000 }, (_, i) => `e${i}`) }, 'action.order'],
      [{ type: 'setOrder', order: ['../x'] }, 'action.order'],
      [{ type: 'goTo', entryId: { id: 'e01' } }, 'action.entryId'],
      [{ type: 'draw', seed: 2 ** 53 }, 'action.seed'],
      [{ type: 'setTiming', pitchSeconds: 1e9, qaSeconds: 60 }, 'action.pitchSeconds'],
      [{ type: 'next', sneaky: true }, 'action'],
    ];
    for (const [action, field] of cases) {
      const err = await fns.stageControl!({ competitionId: cid, roundId: 'final', action }, 'organizer').catch(
        (e: unknown) => e,
      );
      expect(err, field).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(field) });
      expect(JSON.stringify(err).length, field).toBeLessThan(2000);
    }
  });
});
