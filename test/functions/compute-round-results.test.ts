import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { computeConfidence, computeResults, type JudgingExportV1 } from '../../src/domain/results';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const golden = JSON.parse(readFileSync('test/fixtures/demo-contest.results.json', 'utf8'));
/** `npm run --silent results -- test/fixtures/demo-contest.export.json --confidence`, as stored. */
const goldenConfidence = JSON.parse(
  readFileSync('test/fixtures/demo-contest.confidence.results.json', 'utf8'),
).confidence;
const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
const db = () => getFirestore(app());
const bucket = () => getStorage(app()).bucket('demo-judging.appspot.com');

interface Computed {
  results: unknown;
  exportSha256: string;
  exportPath: string;
  pendingSheets: number;
  sheets: number;
}

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

  it('stores the exact export it computed from, which hashes to exportSha256 and re-computes to the stored results', async () => {
    const out = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed;
    expect(out.exportPath).toBe(`competitions/${cid}/exports/${out.exportSha256}.json`);
    const file = bucket().file(out.exportPath);
    const [bytes] = await file.download();
    const [meta] = await file.getMetadata();
    expect(meta.contentType).toBe('application/json');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(out.exportSha256);

    const exported = JSON.parse(bytes.toString('utf8')) as JudgingExportV1;
    const again = computeResults(exported);
    expect(again.ok && again.results).toEqual(out.results);
    const stored = await db().doc(`competitions/${cid}/results/${roundId}`).get();
    expect(again.ok && again.results).toEqual(stored.get('results'));
    expect(stored.get('exportSha256')).toBe(out.exportSha256);
    expect(stored.get('exportPath')).toBe(out.exportPath);
    expect(stored.get('sheets')).toBe(exported.sheets.length);
    expect(out.sheets).toBe(exported.sheets.length);
    // The results beside it, exactly as the CLI prints them (what a document too large for Firestore relies on).
    expect(stored.get('resultsPath')).toBe(`competitions/${cid}/exports/${out.exportSha256}.results.json`);
    const [resultsBytes] = await bucket().file(stored.get('resultsPath')).download();
    expect(resultsBytes.toString('utf8')).toBe(`${JSON.stringify(out.results, null, 2)}\n`);
  });

  it('stores the award confidence (B = 2000, seed 1) that the CLI prints for the stored export', async () => {
    const out = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed & {
      confidencePath: string;
    };
    const stored = await db().doc(`competitions/${cid}/results/${roundId}`).get();
    // The seeded round is the demo fixture: the same numbers as the CLI's stored expected output.
    expect(stored.get('confidence')).toEqual(goldenConfidence);
    expect(out.confidencePath).toBe(`competitions/${cid}/exports/${out.exportSha256}.confidence.json`);
    expect(stored.get('confidencePath')).toBe(out.confidencePath);
    const [confidenceBytes] = await bucket().file(out.confidencePath).download();
    expect(confidenceBytes.toString('utf8')).toBe(`${JSON.stringify(goldenConfidence, null, 2)}\n`);
    // And what anyone re-computes from the stored export's bytes.
    const [exportBytes] = await bucket().file(out.exportPath).download();
    const again = computeResults(JSON.parse(exportBytes.toString('utf8')));
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(computeConfidence(again.analysis, { samples: 2000, seed: 1 })).toEqual(goldenConfidence);
    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'results.computed').get();
    expect(audit.docs[0]?.get('data.confidence')).toEqual({ samples: 2000, seed: 1 });
  });

  it('names judges by stable letters, never by uid, and keeps each judge’s letter', async () => {
    const first = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed;
    const letters = (await db().doc(`competitions/${cid}/private/judgePseudonyms`).get()).get('byUid') as Record<
      string,
      string
    >;
    // The seed's judges are j1…j7: sorted-uid order gives A…G.
    expect(letters).toEqual({ j1: 'A', j2: 'B', j3: 'C', j4: 'D', j5: 'E', j6: 'F', j7: 'G' });
    const [bytes] = await bucket().file(first.exportPath).download();
    const exported = JSON.parse(bytes.toString('utf8')) as JudgingExportV1;
    expect(new Set(exported.sheets.map((s) => s.judgeId))).toEqual(new Set(Object.values(letters)));
    expect(bytes.toString('utf8')).not.toMatch(/"j\d"/);

    // A new judge (uid sorting first) joins: the others keep their letters, the new one gets H.
    const sheets = db().collection(`competitions/${cid}/sheets`);
    const model = (await sheets.where('judgeUid', '==', 'j1').where('status', '==', 'submitted').limit(1).get())
      .docs[0]!;
    const entryId = model.get('entryId') as string;
    await db()
      .doc(`competitions/${cid}/sheets/${roundId}__a0new__${entryId}`)
      .set({ ...model.data(), judgeUid: 'a0new' });
    await computeRoundResults({ competitionId: cid, roundId }, 'organizer');
    const after = (await db().doc(`competitions/${cid}/private/judgePseudonyms`).get()).get('byUid');
    expect(after).toEqual({ ...letters, a0new: 'H' });
  });

  it('computes while sheets are pending and says how many: assigned pairs without a submitted or recused sheet', async () => {
    const [assignments, sheets] = await Promise.all([
      db().collection(`competitions/${cid}/assignments`).where('roundIds', 'array-contains', roundId).get(),
      db().collection(`competitions/${cid}/sheets`).where('roundId', '==', roundId).get(),
    ]);
    const done = new Set(
      sheets.docs.filter((d) => d.get('status') !== 'draft').map((d) => `${d.get('judgeUid')}__${d.get('entryId')}`),
    );
    const expected = assignments.docs.filter((d) => !done.has(d.id)).length;
    expect(expected).toBeGreaterThan(0);
    const out = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed;
    expect(out.pendingSheets).toBe(expected);
    const stored = await db().doc(`competitions/${cid}/results/${roundId}`).get();
    expect(stored.get('pendingSheets')).toBe(expected);
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
