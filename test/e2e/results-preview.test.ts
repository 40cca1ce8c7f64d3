// The organizer's results preview: the one engine, run in the browser on the
// seeded round, then saved through the computeRoundResults function.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, lookAt, newPage, PHONE, signIn } from './browser';

const golden = JSON.parse(readFileSync('test/fixtures/demo-contest.results.json', 'utf8')) as {
  groups: { track: string; entries: { entryId: string; score: number; award: string | null }[] }[];
};
const topEnterprise = golden.groups[0]!.entries[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPreview(page: Page) {
  await signIn(page, 'organizer@demo.local', undefined, '/c/xining-2021/organizer');
  await page.getByTestId('home-organizer').waitFor();
  await page
    .getByRole('link', { name: /成绩预览|Results preview/ })
    .first()
    .click();
  await page.getByTestId('results-preview').waitFor();
  await page.getByTestId('result-row').first().waitFor();
}

describe('results preview', () => {
  it('ranks the seeded round as the CLI does, explains an entry, and saves the computation', async () => {
    const { context, page } = await newPage(browser);
    await openPreview(page);

    const first = page.getByTestId('result-row').first();
    const firstText = (await first.textContent()) ?? '';
    expect(firstText).toContain(topEnterprise.score.toFixed(2));
    expect(firstText).toContain('一等奖');

    await first.getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('sheet-row').count()).toBe(5);
    expect(await page.getByTestId('deciding-rule').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '保存计算结果' }).click();
    await page.getByText(/SHA-256：[0-9a-f]{12}/).waitFor({ timeout: 30_000 });
    await context.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a phone and a desktop (${locale})`, async () => {
      for (const [label, viewport] of [
        ['375', PHONE],
        ['1280', DESKTOP],
      ] as const) {
        const { context, page } = await newPage(browser, viewport, locale);
        await openPreview(page);
        await page.getByTestId('result-row').first().getByRole('button').first().click();
        await page.getByTestId('sheet-row').first().waitFor();
        // Back to the top, so the sticky header is drawn where it belongs in a full-page shot.
        await page.evaluate(() => window.scrollTo(0, 0));
        await lookAt(page, `results-${locale}-${label}`);
        await context.close();
      }
    });
  }
});
