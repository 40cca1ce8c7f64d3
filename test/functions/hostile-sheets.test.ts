// The attack from the hostile review: a judge saves a draft whose score is a
// document reference (or a GeoPoint, 900 KB of bytes, a nested map, a string).
// The rules now refuse it; and a draft like that which got in anyway (an
// older rule, the console) can neither stop nor change a round's computation.
import { readFileSync } from 'node:fs';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, GeoPoint as AdminGeoPoint } from 'firebase-admin/firestore';
import { Bytes, doc, GeoPoint, serverTimestamp, setDoc } from 'firebase/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';
import { signedInAs } from './web-client';

const golden = JSON.parse(readFileSync('test/fixtures/demo-contest.results.json', 'utf8'));
const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));

type Computed = { results: unknown; exportSha256: string };
let computeRoundResults: Awaited<ReturnType<typeof loadCallable>>;
let cleanSha256: string;

beforeAll(async () => {
  computeRoundResults = await loadCallable('computeRoundResults');
  await freshDemo();
  cleanSha256 = ((await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed).exportSha256;
}, 120_000);
beforeEach(async () => {
  await freshDemo();
}, 120_000);

/** Seeded sheets of the round with this status. */
async function sheets(status: string, limit: number) {
  const snap = await db()
    .collection(`competitions/${cid}/sheets`)
    .where('roundId', '==', roundId)
    .where('status', '==', status)
    .limit(limit)
    .get();
  expect(snap.size).toBe(limit);
  return snap.docs;
}

const adminHostile = () => ({
  reference: db().doc(`competitions/${cid}`),
  geoPoint: new AdminGeoPoint(36.6, 101.8),
  bytes: Buffer.alloc(900 * 1024, 7),
  nestedMap: { a: { b: { c: [1, 2, { d: 3 }] } } },
  string: '9',
});

describe('a judge’s hostile draft', () => {
  it('is refused by the rules when the judge writes it through the web SDK', async () => {
    const [draft] = await sheets('draft', 1);
    const judgeNumber = Number(String(draft!.get('judgeUid')).slice(1));
    const judge = await signedInAs(`judge${judgeNumber}@demo.local`);
    try {
      const ref = doc(judge.db, draft!.ref.path);
      const base = {
        roundId,
        judgeUid: draft!.get('judgeUid'),
        entryId: draft!.get('entryId'),
        status: 'draft',
        comments: {},
        comment: '',
        updatedAt: serverTimestamp(),
        submittedAt: null,
      };
      // The judge may write a draft with numbers, as the next revision: the client works.
      const revision = Number(draft!.get('revision')) + 1;
      await expect(setDoc(ref, { ...base, revision, scores: { innovation: 8 } })).resolves.toBeUndefined();
      const hostile = {
        reference: doc(judge.db, `competitions/${cid}`),
        geoPoint: new GeoPoint(36.6, 101.8),
        bytes: Bytes.fromUint8Array(new Uint8Array(900 * 1024)),
        nestedMap: { a: { b: 1 } },
        string: '9',
      };
      for (const [kind, value] of Object.entries(hostile)) {
        // The next revision again: only the hostile value is wrong.
        const next = { ...base, revision: revision + 1, scores: { innovation: value } };
        await expect(setDoc(ref, next), kind).rejects.toMatchObject({
          code: 'permission-denied',
        });
      }
    } finally {
      await judge.close();
    }
  });

  it('that got in anyway neither stops nor changes the round’s computation', async () => {
    const drafts = await sheets('draft', 4);
    const recused = await sheets('recused', 1);
    const values = Object.values(adminHostile());
    await Promise.all(
      [...drafts, ...recused].map((d, i) =>
        d.ref.update({ scores: { innovation: values[i % values.length], market: values[(i + 1) % values.length] } }),
      ),
    );
    await drafts[0]!.ref.update({ comment: db().doc('x/y'), updatedAt: new AdminGeoPoint(0, 0) });

    const out = (await computeRoundResults({ competitionId: cid, roundId }, 'organizer')) as Computed;
    expect(out.results).toEqual(golden);
    expect(out.exportSha256).toBe(cleanSha256);
  });

  it('on a submitted sheet is refused by name, and nothing is stored', async () => {
    const [submitted] = await sheets('submitted', 1);
    await submitted!.ref.update({ 'scores.market': db().doc(`competitions/${cid}`) });
    const err = await computeRoundResults({ competitionId: cid, roundId }, 'organizer').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'failed-precondition' });
    expect((err as { details: { problems: string[] } }).details.problems).toEqual([
      `${submitted!.ref.path}: scores.market: expected number, found a document reference`,
    ]);
    expect((await db().doc(`competitions/${cid}/results/${roundId}`).get()).exists).toBe(false);
  });

  it('a malformed competition document is refused by field, never INTERNAL', async () => {
    await db()
      .doc(`competitions/${cid}`)
      .update({
        tracks: [{ id: db().doc('a/b'), name: 'x', nameEn: 'x', codePrefix: 'E', requiresCompany: true }],
        'aggregation.method': 7,
      });
    const err = await computeRoundResults({ competitionId: cid, roundId }, 'organizer').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'failed-precondition' });
    expect((err as { details: { problems: string[] } }).details.problems).toEqual([
      `competitions/${cid}: tracks.0.id: expected string, found a document reference`,
      expect.stringMatching(new RegExp(`^competitions/${cid}: aggregation\\.method: `)),
    ]);
  });
});
