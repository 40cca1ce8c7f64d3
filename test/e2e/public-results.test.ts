// The public results page (/r/{cid}, results.html): a signed-out browser
// reads public/{cid}/results.json from the Storage emulator, sees the award
// list, switches versions and languages, downloads the export (the bytes
// whose SHA-256 the page shows), prints, and never talks to Firestore.
// The published files (and the version documents that name them) are written
// here with the Admin SDK for a competition id of this suite's own; in the
// app the publishResults function writes them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicResultsFixture } from '../fixtures/public-results';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, newPage, PHONE, screenshotFor } from './browser';
import { adminDb, bucket } from './open-team';

const CID = `public-results-${Date.now().toString(36)}`;
const EXPORTS = {
  v1: readFileSync('test/fixtures/small-overall.export.json'),
  v2: readFileSync('test/fixtures/demo-contest.export.json'),
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let browser: Browser;
const requested: string[] = [];

beforeAll(async () => {
  const file = publicResultsFixture(CID, Date.now(), { v1: sha256(EXPORTS.v1), v2: sha256(EXPORTS.v2) });
  const save = (path: string, bytes: Buffer | string) =>
    bucket()
      .file(path)
      .save(bytes, {
        contentType: 'application/json',
        resumable: false,
        metadata: { cacheControl: 'public, max-age=60' },
      });
  // As publishResults does, the version documents first: the Storage trigger
  // keeps a public export only when a version names it and its bytes hash to it.
  await Promise.all(file.versions.map((v) => adminDb.doc(`competitions/${CID}/publishedResults/${v.id}`).set(v)));
  await Promise.all([
    save(`public/${CID}/v1/export.json`, EXPORTS.v1),
    save(`public/${CID}/v2/export.json`, EXPORTS.v2),
    // What the CLI prints for that export (the page links it for a byte-for-byte comparison).
    save(`public/${CID}/v2/results.json`, readFileSync('test/fixtures/demo-contest.results.json')),
    save(`public/${CID}/results.json`, JSON.stringify(file)),
  ]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, path: string): Promise<void> {
  page.on('request', (request) => void requested.push(request.url()));
  await page.goto(`${BASE_URL}${path}`);
}

const rowTexts = (page: Page) => page.locator('.pr-tier tbody tr').allTextContents();

describe('public results page', () => {
  it('shows the awards signed out, switches versions, downloads the export with the SHA-256 shown, prints', async () => {
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await open(page, `/r/${CID}`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('第七届西宁创新创业大赛');

    // The latest version, under notice, with every award and the scores as published.
    await expect.poll(() => page.locator('#pr-version-heading').textContent()).toBe('第 2 版 · 网络评审');
    expect(await page.locator('.pr-state--notice').textContent()).toMatch(/^公示中，公示期至 .+（北京时间）$/);
    expect(await page.locator('.pr-reason').textContent()).toContain('原因：一份评分表录入错误，已由评委更正');
    const rows = await rowTexts(page);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('光伏板自清洁机器人');
    expect(rows[0]).toContain('88.50');
    expect(rows[1]).toContain('80.00');
    await lookAt(page, 'public-results-375-zh-CN');

    // The download link gives the very bytes whose SHA-256 the page shows.
    const shown = (await page.locator('.pr-hash').textContent())!.trim();
    expect(shown).toBe(sha256(EXPORTS.v2));
    const href = (await page.locator('.pr-download').getAttribute('href'))!;
    const downloaded = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    }, href);
    expect(downloaded).toBe(shown);
    const fullResults = (await page.locator('.pr-full-results').getAttribute('href'))!;
    expect(await page.evaluate(async (url) => (await (await fetch(url)).json()).format, fullResults)).toBe(
      'judging-results/v1',
    );

    // Version 1 is one click away, and back (the browser's back button too).
    await page.getByRole('link', { name: /^第 1 版/ }).click();
    await expect.poll(() => page.locator('#pr-version-heading').textContent()).toBe('第 1 版 · 网络评审');
    expect(page.url()).toContain('v=1');
    expect(await page.locator('.pr-state--superseded').textContent()).toBe('本版本已被第 2 版取代');
    expect((await rowTexts(page))[0]).toContain('光伏清洁板（初版）');
    expect((await page.locator('.pr-hash').textContent())!.trim()).toBe(sha256(EXPORTS.v1));
    await page.goBack();
    await expect.poll(() => page.locator('#pr-version-heading').textContent()).toBe('第 2 版 · 网络评审');

    // Print: no buttons or version links, the awards and the hash stay.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pr-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.pr-versions').isVisible()).toBe(false);
    expect(await page.locator('.pr-tier').first().isVisible()).toBe(true);
    await screenshotFor(page, 'public-results-print-zh-CN', { fullPage: true });
    await context.close();
  });

  it('fits a phone and a desktop in English and Chinese, with a language switch', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'en');
    await open(page, `/r/${CID}`);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('The 7th Xining Innovation and Startup Competition');
    expect(await page.locator('.pr-state--notice').textContent()).toMatch(/^Under public notice until /);
    await lookAt(page, 'public-results-1280-en');

    await page.getByRole('link', { name: '中文' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('第七届西宁创新创业大赛');
    expect(page.url()).toContain('lang=zh-CN');
    await lookAt(page, 'public-results-1280-zh-CN');

    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('The 7th Xining Innovation and Startup Competition');
    await lookAt(page, 'public-results-375-en');

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshotFor(page, 'public-results-print-en', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // A competition that has published nothing.
    await page.goto(`${BASE_URL}/r/${CID}-none?lang=en`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('No results yet');
    await page.setViewportSize(PHONE);
    await lookAt(page, 'public-results-375-en-not-published');
    await context.close();

    // Neither page load reached Firestore (nor loaded the SPA's or Firebase's code).
    expect(requested.filter((url) => /firestore|google\.firestore|\/index-[\w-]+\.js/.test(url))).toEqual([]);
    const scripts = requested.filter((url) => url.endsWith('.js'));
    expect(new Set(scripts.map((url) => new URL(url).pathname.replace(/-[\w-]+\.js$/, '')))).toEqual(
      new Set(['/assets/results']),
    );
  });
});
