import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicResultsFile, PublishedVersion } from '../../src/domain/publication';
import { loadCallable } from './functions-build';
import { DEMO_COMPETITION_ID as cid, DEMO_ROUND_ID as roundId, freshDemo } from './seeded';

const app = () => getApps()[0] ?? initializeApp({ projectId: 'demo-judging' });
const db = () => getFirestore(app());
const bucket = () => getStorage(app()).bucket('demo-judging.appspot.com');
const JUDGES = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'];
const DAY = 24 * 60 * 60 * 1000;

type Fn = Awaited<ReturnType<typeof loadCallable>>;
let compute: Fn;
let publish: Fn;
interface Published {
  versionId: string;
  version: number;
  created: boolean;
}
interface Computed {
  exportSha256: string;
  exportPath: string;
}

const download = async (path: string) => (await bucket().file(path).download())[0];
/** A stored version, its Timestamps read as epoch millis (as the public file has them). */
const versionDoc = async (id: string) => {
  const data = (await db().doc(`competitions/${cid}/publishedResults/${id}`).get()).data()!;
  for (const key of ['publishedAt', 'noticeUntil', 'computedAt']) {
    if (data[key] !== null) {
      expect(data[key], key).toBeInstanceOf(Timestamp);
      data[key] = (data[key] as Timestamp).toMillis();
    }
  }
  return data as PublishedVersion & { results: unknown; resultsPath: string; publishedBy: string };
};
const publicFile = async () =>
  JSON.parse((await download(`public/${cid}/results.json`)).toString('utf8')) as PublicResultsFile;

// One seeded competition for the whole suite: the tests run in order, each
// going one step further (compute, publish, publish again, correct).
beforeAll(async () => {
  [compute, publish] = await Promise.all([loadCallable('computeRoundResults'), loadCallable('publishResults')]);
  await freshDemo();
  await db().doc(`competitions/${cid}`).update({ feedbackToTeams: true });
  // Two judges write comments on one entry's sheets, a third on its draft.
  const sheets = await db()
    .collection(`competitions/${cid}/sheets`)
    .where('roundId', '==', roundId)
    .where('entryId', '==', 'e01')
    .get();
  const submitted = sheets.docs.filter((d) => d.get('status') === 'submitted');
  expect(submitted.length).toBeGreaterThanOrEqual(2);
  await submitted[0]!.ref.update({ comment: '市场分析扎实', 'comments.innovation': '技术新颖' });
  await submitted[1]!.ref.update({ comment: '团队需要补强' });
  const draft = sheets.docs.find((d) => d.get('status') !== 'submitted');
  if (draft) await draft.ref.update({ comment: '草稿里的意见' });
}, 180_000);

describe('publishResults', () => {
  it('refuses non-organizers, bad input, and a round without a stored computation', async () => {
    const data = { competitionId: cid, roundId, noticeDays: 5 };
    await expect(publish(data, 'j1')).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(publish(data, 'team1')).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(publish(data)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(publish({ ...data, noticeDays: 31 }, 'organizer')).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(publish({ ...data, reason: 'x'.repeat(501) }, 'organizer')).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(publish({ ...data, roundId: 'nope' }, 'organizer')).rejects.toMatchObject({ code: 'not-found' });
    await expect(publish(data, 'organizer')).rejects.toMatchObject({
      code: 'failed-precondition',
      details: { reason: 'not-computed' },
    });
    expect((await db().collection(`competitions/${cid}/publishedResults`).get()).size).toBe(0);
  });

  it('publishes a computation as version 1 under public notice, and publishing it again changes nothing', async () => {
    await compute({ competitionId: cid, roundId }, 'organizer');
    const before = Date.now();
    const first = (await publish({ competitionId: cid, roundId, noticeDays: 5 }, 'organizer')) as Published;
    expect(first).toEqual({ versionId: 'v1', version: 1, created: true });

    const again = (await publish(
      { competitionId: cid, roundId, noticeDays: 2, reason: '再发一次' },
      'organizer',
    )) as Published;
    expect(again).toEqual({ versionId: 'v1', version: 1, created: false });
    const [twice] = await Promise.all([
      publish({ competitionId: cid, roundId, noticeDays: 5 }, 'organizer'),
      publish({ competitionId: cid, roundId, noticeDays: 5 }, 'organizer'),
    ]);
    expect(twice).toMatchObject({ versionId: 'v1', created: false });
    expect((await db().collection(`competitions/${cid}/publishedResults`).get()).size).toBe(1);

    const v1 = await versionDoc('v1');
    const stored = (await db().doc(`competitions/${cid}/results/${roundId}`).get()).data()!;
    expect(v1).toMatchObject({
      id: 'v1',
      version: 1,
      roundId,
      roundName: '网络评审',
      roundNameEn: 'Online review',
      reason: null,
      exportSha256: stored.exportSha256,
      exportPath: `public/${cid}/v1/export.json`,
      computedAt: stored.computedAt.toMillis(),
      method: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
      publishedBy: 'organizer',
    });
    expect(v1.results).toEqual(stored.results);
    expect(v1.publishedAt).toBeGreaterThanOrEqual(before - 60_000);
    expect(v1.noticeUntil).toBe(v1.publishedAt + 5 * DAY);
    // Award tiers as the competition lists them, winners with number, team and a 2-decimal score.
    expect(v1.tiers.map((t) => `${t.trackName} ${t.label}`).slice(0, 3)).toEqual([
      '企业组 一等奖',
      '企业组 二等奖',
      '企业组 三等奖',
    ]);
    const winner = v1.tiers[0]!.entries[0]!;
    expect(winner.code).toMatch(/^[A-Z]-\d{3}$/);
    expect(winner.team).not.toBe('');
    expect(winner.organization).not.toBe('');
    expect(winner.score).toMatch(/^\d+\.\d\d$/);
    // The tie on the last second-prize place: both get 二等奖.
    expect(v1.tiers[1]!.entries.length).toBeGreaterThanOrEqual(2);

    const audit = await db().collection(`competitions/${cid}/audit`).where('type', '==', 'results.published').get();
    expect(audit.size).toBe(1);
    expect(audit.docs[0]!.get('data')).toMatchObject({
      version: 1,
      roundId,
      exportSha256: stored.exportSha256,
      noticeUntil: v1.noticeUntil,
      reason: null,
      showConfidence: false,
    });
    // Not asked for: nothing about the award confidence in the version.
    expect(JSON.stringify({ ...v1, results: null })).not.toMatch(/confidence|sameAward/);
    // A computation (with its award confidence, 2000 panels) and publications: slow on a busy machine.
  }, 120_000);

  it('publishes the computed export’s exact bytes, which re-compute with the CLI to the published results', async () => {
    const v1 = await versionDoc('v1');
    const [publicBytes, storedBytes] = await Promise.all([
      download(v1.exportPath),
      download(`competitions/${cid}/exports/${v1.exportSha256}.json`),
    ]);
    expect(publicBytes.equals(storedBytes)).toBe(true);
    expect(createHash('sha256').update(publicBytes).digest('hex')).toBe(v1.exportSha256);
    const text = publicBytes.toString('utf8');
    for (const uid of JUDGES) expect(text).not.toContain(`"${uid}"`);
    expect(text).not.toContain('草稿里的意见');

    const file = join(mkdtempSync(join(tmpdir(), 'publish-')), 'export.json');
    writeFileSync(file, publicBytes);
    const { stdout } = await promisify(execFile)('node', ['scripts/results-cli.mjs', file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(JSON.parse(stdout)).toEqual(v1.results);
    // The version's full results are published too, byte for byte what the CLI prints.
    expect(v1.resultsPath).toBe(`public/${cid}/v1/results.json`);
    expect((await download(v1.resultsPath)).toString('utf8')).toBe(stdout);
  }, 240_000);

  it('writes the public file (every version, short cache) and the teams’ feedback without judges', async () => {
    const file = await publicFile();
    expect(file.format).toBe('judging-public-results/v1');
    expect(file.competition).toMatchObject({ id: cid, title: expect.any(String), organizerName: expect.any(String) });
    expect(file.versions.map((v) => v.id)).toEqual(['v1']);
    expect(JSON.stringify(file)).not.toContain('publishedBy');
    expect(file.versions[0]).not.toHaveProperty('results');
    expect(JSON.stringify(file)).not.toMatch(/confidence|sameAward|rankLow/);
    const [meta] = await bucket().file(`public/${cid}/results.json`).getMetadata();
    expect(meta.cacheControl).toBe('public, max-age=60');
    expect(meta.contentType).toBe('application/json');

    const feedback = await db().collection(`competitions/${cid}/feedback`).get();
    const exported = JSON.parse((await download(file.versions[0]!.exportPath)).toString('utf8')) as {
      entries: { id: string; status: string }[];
    };
    const competing = exported.entries.filter((e) => e.status === 'submitted').map((e) => e.id);
    expect(feedback.docs.map((d) => d.id).sort()).toEqual([...competing].sort());
    const e01 = feedback.docs.find((d) => d.id === 'e01')!.data();
    expect(e01).toEqual({
      entryId: 'e01',
      versionId: 'v1',
      sheets: [
        { criteria: {}, overall: '团队需要补强' },
        { criteria: { innovation: '技术新颖' }, overall: '市场分析扎实' },
      ],
    });
    const all = JSON.stringify(feedback.docs.map((d) => d.data()));
    for (const uid of JUDGES) expect(all).not.toContain(`"${uid}"`);
    expect(all).not.toContain('judge');
    expect(all).not.toContain('草稿里的意见');
  });

  it('refuses a correction without a reason; with one it makes version 2 and keeps version 1', async () => {
    const v1Before = await versionDoc('v1');
    // The organizer repairs a score and computes again.
    const sheet = (
      await db()
        .collection(`competitions/${cid}/sheets`)
        .where('entryId', '==', 'e02')
        .where('status', '==', 'submitted')
        .limit(1)
        .get()
    ).docs[0]!;
    await sheet.ref.update({ 'scores.pitch': sheet.get('scores.pitch') === 10 ? 9 : 10 });
    const recomputed = (await compute({ competitionId: cid, roundId }, 'organizer')) as Computed;
    expect(recomputed.exportSha256).not.toBe(v1Before.exportSha256);

    for (const reason of [undefined, '', '   ']) {
      await expect(publish({ competitionId: cid, roundId, noticeDays: 0, reason }, 'organizer')).rejects.toMatchObject({
        code: 'invalid-argument',
        details: { reason: 'reason-required' },
      });
    }
    const v2 = (await publish(
      { competitionId: cid, roundId, noticeDays: 0, reason: ' 复核后更正一处评分 ' },
      'organizer',
    )) as Published;
    expect(v2).toEqual({ versionId: 'v2', version: 2, created: true });

    expect(await versionDoc('v1')).toEqual(v1Before);
    const doc = await versionDoc('v2');
    expect(doc).toMatchObject({
      version: 2,
      reason: '复核后更正一处评分',
      noticeUntil: null,
      exportSha256: recomputed.exportSha256,
    });

    const file = await publicFile();
    expect(file.versions.map((v) => [v.id, v.reason])).toEqual([
      ['v2', '复核后更正一处评分'],
      ['v1', null],
    ]);
    const publicV2 = await download(`public/${cid}/v2/export.json`);
    expect(createHash('sha256').update(publicV2).digest('hex')).toBe(recomputed.exportSha256);
    expect((await download(`public/${cid}/v1/export.json`)).equals(await download(v1Before.exportPath))).toBe(true);
  }, 120_000);

  it('publishing the same computation again completes public files that went missing', async () => {
    await bucket().file(`public/${cid}/results.json`).delete();
    await bucket().file(`public/${cid}/v2/export.json`).delete();
    const again = (await publish(
      { competitionId: cid, roundId, noticeDays: 0, reason: '再发' },
      'organizer',
    )) as Published;
    expect(again).toEqual({ versionId: 'v2', version: 2, created: false });
    expect((await publicFile()).versions.map((v) => v.id)).toEqual(['v2', 'v1']);
    const doc = await versionDoc('v2');
    expect(
      createHash('sha256')
        .update(await download(doc.exportPath))
        .digest('hex'),
    ).toBe(doc.exportSha256);
    expect((await db().collection(`competitions/${cid}/publishedResults`).get()).size).toBe(2);
  }, 60_000);

  it('publishes a computation whose results are only in Storage (too large for a document)', async () => {
    await compute({ competitionId: cid, roundId }, 'organizer');
    // What computeRoundResults stores for a round of some 30,000 entries: no inline results.
    const ref = db().doc(`competitions/${cid}/results/${roundId}`);
    const full = (await ref.get()).get('results');
    await ref.update({ results: null });
    const v3 = (await publish(
      { competitionId: cid, roundId, noticeDays: 0, reason: '重新计算' },
      'organizer',
    )) as Published;
    expect(v3).toMatchObject({ versionId: 'v3', created: true });
    const doc = await versionDoc('v3');
    expect(doc.results).toEqual(full);
    expect(JSON.parse((await download(doc.resultsPath)).toString('utf8'))).toEqual(full);
    expect(doc.tiers.length).toBeGreaterThan(0);
    // A computation and a publication in one test: slow while the progress triggers catch up.
  }, 120_000);

  it('refuses to show the award confidence of a computation stored without it, and says to compute again', async () => {
    // What a computation made before the confidence was stored looks like.
    await db()
      .doc(`competitions/${cid}/results/${roundId}`)
      .update({ confidence: FieldValue.delete(), confidencePath: FieldValue.delete() });
    await expect(
      publish({ competitionId: cid, roundId, noticeDays: 0, reason: '加上稳定性', showConfidence: true }, 'organizer'),
    ).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('compute the round again'),
      details: { reason: 'no-confidence' },
    });
    // The same computation without it is still the version it already is.
    expect(await publish({ competitionId: cid, roundId, noticeDays: 0, showConfidence: false }, 'organizer')).toEqual({
      versionId: 'v3',
      version: 3,
      created: false,
    });
  }, 60_000);

  it('publishes each winner’s award confidence when asked; the other choice on the same computation is a correction', async () => {
    await compute({ competitionId: cid, roundId }, 'organizer');
    const stored = (await db().doc(`competitions/${cid}/results/${roundId}`).get()).data()!;
    const confidence = stored.confidence as {
      samples: number;
      seed: number;
      entries: { entryId: string; sameAward: number; rankLow: number; rankHigh: number }[];
    };
    expect(confidence).toMatchObject({ samples: 2000, seed: 1 });
    const shown = { competitionId: cid, roundId, noticeDays: 0, reason: '公布奖项稳定性', showConfidence: true };
    expect(await publish(shown, 'organizer')).toEqual({ versionId: 'v4', version: 4, created: true });
    expect(await publish(shown, 'organizer')).toEqual({ versionId: 'v4', version: 4, created: false });

    const v4 = await versionDoc('v4');
    expect(v4.confidence).toEqual({ samples: 2000, seed: 1 });
    const byEntry = new Map(confidence.entries.map(({ entryId, ...figures }) => [entryId, figures]));
    const winners = v4.tiers.flatMap((t) => t.entries);
    expect(winners.length).toBeGreaterThan(0);
    for (const w of winners) expect(w.confidence, w.entryId).toEqual(byEntry.get(w.entryId));
    const file = await publicFile();
    expect(file.versions[0]).toMatchObject({ id: 'v4', confidence: { samples: 2000, seed: 1 } });
    expect(file.versions[0]!.tiers.flatMap((t) => t.entries.map((e) => e.confidence))).toEqual(
      winners.map((w) => byEntry.get(w.entryId)),
    );
    // Only the winners' figures: entries without an award stay unnamed.
    expect(JSON.stringify(file.versions[0]).match(/sameAward/g)).toHaveLength(winners.length);

    // Hiding it again is a change to what is public: a correction with a reason, a new version.
    const hidden = { competitionId: cid, roundId, noticeDays: 0, showConfidence: false };
    await expect(publish(hidden, 'organizer')).rejects.toMatchObject({ details: { reason: 'reason-required' } });
    expect(await publish({ ...hidden, reason: '不再公开稳定性' }, 'organizer')).toMatchObject({
      versionId: 'v5',
      created: true,
    });
    const latest = (await publicFile()).versions[0]!;
    expect(latest.id).toBe('v5');
    expect(JSON.stringify(latest)).not.toMatch(/confidence|sameAward/);
    const audit = await db()
      .collection(`competitions/${cid}/audit`)
      .where('type', '==', 'results.published')
      .where('data.version', 'in', [4, 5])
      .get();
    expect(audit.docs.map((d) => [d.get('data.version'), d.get('data.showConfidence')]).sort()).toEqual([
      [4, true],
      [5, false],
    ]);
  }, 120_000);
});
