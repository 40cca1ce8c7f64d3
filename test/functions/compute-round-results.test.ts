import { readFileSync } from 'node:fs';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const golden = JSON.parse(readFileSync('test/fixtures/demo-contest.results.json', 'utf8'));
const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));

let computeRoundResults: Awaited<ReturnType<typeof loadCallable>>;
beforeAll(async () => {
  computeRoundResults = await loadCallable('computeRoundResults');
});
beforeEach(async () => {
  await freshDemo();
});

describe('computeRoundResults (through the functions build)', () => {
  it('computes the seeded demo round exactly as the CLI computes its export', async () => {
    const out = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as {
      results: unknown;
      exportSha256: string;
    };
    expect(out.results).toEqual(golden);
    expect(out.exportSha256).toMatch(/^[0-9a-f]{64}$/);

    const stored = await db().doc(`competitions/${cid}/results/${roundId}`).get();
    expect(stored.get('results')).toEqual(golden);
    expect(stored.get('computedBy')).toBe('organizer');
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'results.computed').get();
    expect(audit.size).toBe(1);
    expect(audit.docs[0]?.get('data.exportSha256')).toBe(out.exportSha256);
  });

  it('refuses a judge, a team and a signed-out caller', async () => {
    await expect(computeRoundResults({ competitionId: cid, roundId }, 'j1')).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(computeRoundResults({ competitionId: cid, roundId }, 'team1')).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(computeRoundResults({ competitionId: cid, roundId })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('refuses bad arguments and unknown rounds', async () => {
    await expect(computeRoundResults({ competitionId: cid }, 'organizer')).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(computeRoundResults({ competitionId: cid, roundId: 'nope' }, 'organizer')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('reports every problem in data the engine refuses, and stores nothing', async () => {
    const sheets = await db()
      .collection(`competitions/${cid}/sheets`)
      .where('status', '==', 'submitted')
      .limit(1)
      .get();
    const sheet = sheets.docs[0]!;
    await sheet.ref.update({ 'scores.innovation': 11 });
    const err = await computeRoundResults({ competitionId: cid, roundId }, 'organizer').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'failed-precondition' });
    const problems = (err as { details: { problems: string[] } }).details.problems;
    expect(problems.some((p) => p.includes(sheet.get('entryId')) && p.includes('innovation'))).toBe(true);
    expect((await db().doc(`competitions/${cid}/results/${roundId}`).get()).exists).toBe(false);
  });
});
