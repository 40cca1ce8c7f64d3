// Advancing the top N (晋级) and the audit log, on a competition of this
// suite's own: a copy of the seeded first edition with a stored computation
// (the golden results of its review round), so nothing other suites read
// changes. The organizer advances the top 3 per track to the final roadshow
// (a tie on rank 3 in the team track: both advance), every judge gets every
// finalist, and the audit log shows the advancement, filtered by type.
import { readFileSync } from 'node:fs';
import { Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, PHONE, signIn } from './browser';
import { adminDb, eventually, forgetCopy, SEEDED_CID } from './open-team';

const cid = `advance-${Date.now().toString(36)}`;
const golden = JSON.parse(readFileSync('test/fixtures/demo-contest.results.json', 'utf8')) as unknown;
const FINALISTS = ['e15', 'e21', 'e05', 't34', 't27', 't02', 't30'];

/** The seeded competition's documents the advancement reads, copied under `cid`. */
async function copySeeded(): Promise<void> {
  const from = adminDb.doc(`competitions/${SEEDED_CID}`);
  const to = adminDb.doc(`competitions/${cid}`);
  const competition = (await from.get()).data()!;
  await to.set({ ...competition, title: '晋级测试赛', titleEn: 'Advance test', visibility: 'private' });
  for (const name of ['entries', 'entryIdentities', 'members']) {
    const snap = await from.collection(name).get();
    const batch = adminDb.batch();
    for (const d of snap.docs) {
      if (name === 'members' && d.get('role') === 'team') continue;
      batch.set(to.collection(name).doc(d.id), { ...d.data(), ...(name === 'members' ? { competitionId: cid } : {}) });
    }
    await batch.commit();
  }
  await to
    .collection('results')
    .doc('review')
    .set({
      roundId: 'review',
      computedAt: Timestamp.fromMillis(Date.parse('2026-11-20T10:00:00+08:00')),
      computedBy: 'organizer',
      results: { ...(golden as object), competitionId: cid },
      exportSha256: 'ab'.repeat(32),
    });
  await to.collection('audit').add({
    type: 'results.computed',
    actorUid: 'organizer',
    at: Timestamp.fromMillis(Date.parse('2026-11-20T10:00:00+08:00')),
    subject: { kind: 'round', id: 'review' },
    data: { exportSha256: 'ab'.repeat(32), sheets: 361 },
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await copySeeded();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await forgetCopy(cid);
});

async function openAdvance(page: Page) {
  await signIn(page, 'organizer@demo.local', undefined, `/c/${cid}/organizer/advance`);
  await page.getByTestId('advance-page').waitFor();
  await page.getByLabel(/晋级人数 N|Entries to advance/).fill('3');
  await page.getByTestId('cut-preview').waitFor();
}

const rowTypes = (page: Page) =>
  page
    .getByTestId('audit-events')
    .locator('li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));

describe('advance and audit log', () => {
  it('advances the top 3 per track with a tie, assigns the roadshow, and logs it', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await openAdvance(page);
    const preview = page.getByTestId('cut-preview');
    expect(await preview.locator('tr[data-status="tied"]').count()).toBe(2);
    await preview.getByText('7 个项目晋级').first().waitFor();
    // Leaving a tied entry out shows at once; ticking it again brings it back.
    const tiedBox = preview.locator('tr[data-status] input[type="checkbox"]').first();
    await tiedBox.uncheck();
    await preview.getByText('6 个项目晋级').first().waitFor();
    expect(await preview.locator('tr[data-status="excluded"]').count()).toBe(1);
    await tiedBox.check();
    await preview.getByText('7 个项目晋级').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await lookAt(page, 'advance-zh-CN-1280');

    await page.getByRole('button', { name: '确认晋级' }).click();
    await page.getByTestId('advance-confirm').getByRole('button', { name: '晋级', exact: true }).click();
    await page.getByTestId('advance-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('advance-result').textContent()).toContain('7 个项目已晋级到「决赛路演」');
    await page.getByTestId('current-advancement').waitFor();

    const finalPairs = await adminDb
      .collection(`competitions/${cid}/assignments`)
      .where('roundIds', 'array-contains', 'final')
      .get();
    expect(new Set(finalPairs.docs.map((d) => d.get('entryId')))).toEqual(new Set(FINALISTS));
    expect(finalPairs.size).toBeGreaterThan(FINALISTS.length * 5);

    await page.goto(`${BASE_URL}/c/${cid}/organizer/audit`);
    await page.getByTestId('audit-events').waitFor();
    expect(await eventually(async () => (await rowTypes(page))[0] === 'round.advanced')).toBe(true);
    expect(await rowTypes(page)).toEqual(['round.advanced', 'results.computed']);
    expect(await page.getByTestId('audit-events').locator('li').first().textContent()).toContain('大赛组委会');
    await page.getByTestId('audit-events').getByText('E-015').first().waitFor();
    await lookAt(page, 'audit-zh-CN-1280');

    await page.getByLabel('操作类型').selectOption('results.computed');
    expect(await eventually(async () => JSON.stringify(await rowTypes(page)) === '["results.computed"]')).toBe(true);
    await page.getByLabel('操作类型').selectOption('round.advanced');
    expect(await eventually(async () => JSON.stringify(await rowTypes(page)) === '["round.advanced"]')).toBe(true);
    await context.close();
  }, 240_000);

  it('fits a phone in zh-CN and en, and a desktop in en', async () => {
    // English at both widths on one page, resized in place (see lookAtBothWidths).
    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await newPage(browser, PHONE, locale);
      const look = (screen: string) =>
        locale === 'en'
          ? lookAtBothWidths(page, (width) => `${screen}-${locale}-${width}`)
          : lookAt(page, `${screen}-${locale}-375`);
      await openAdvance(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await look('advance');
      await page.goto(`${BASE_URL}/c/${cid}/organizer/audit`);
      // The entry numbers are read after the events: wait for them before looking.
      await page.getByTestId('audit-events').getByText('E-015').first().waitFor();
      await look('audit');
      await context.close();
    }
  }, 240_000);
});
