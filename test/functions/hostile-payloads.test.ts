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
  submitSheet: 'team1',
  reopenSheet: 'team1',
  discardDraft: 'team1',
  submitEntry: 'j1',
  changeEntryStatus: 'j1',
  removeEntryFile: 'j1',
};
/** registerTeam takes any signed-in user. */
const CALLABLES = [...Object.keys(WRONG_ROLE), 'registerTeam'];
let fns: Record<string, Awaited<ReturnType<typeof loadCallable>>>;

beforeAll(async () => {
  fns = Object.fromEntries(await Promise.all(CALLABLES.map(async (n) => [n, await loadCallable(n)] as const)));
  await freshDemo();
});

/**
 * Big and invalid besides: a function that parsed it before asking who calls
 * would answer invalid-argument (after seconds of work), not the caller's error.
 */
const hostile = () => ({ competitionId: cid, roundId: 42, entryId: {}, sheetId: [], scores: hugeScores() });
const hugeScores = () => Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));

describe('every callable', () => {
  it('is in this suite (a new callable must be added above)', () => {
    // The triggers are exported from the same index; they take no payload from a caller.
    const TRIGGERS = ['validateDeckUpload', 'recheckObjectMetadata', 'forgetDeletedDeck'];
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
  });

  it('refuses a caller of the wrong role before reading the rest of the payload', async () => {
    for (const [name, uid] of Object.entries(WRONG_ROLE)) {
      const err = await fns[name]!(hostile(), uid).catch((e: unknown) => e);
      expect(err, name).toMatchObject({ code: 'permission-denied' });
    }
  });

  it('refuses malformed competition ids with a message', async () => {
    for (const competitionId of ['..', 'a/b', '../x', '', 'x'.repeat(200), 'a__b', 42, null, { id: 'x' }]) {
      for (const name of CALLABLES) {
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
