// The three homes, as their users reach them: sign in on the real SPA build,
// against the emulators seeded with the demo contest.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, lookAtBothWidths, newPage, PHONE, SCREENSHOT_DIR, signIn } from './browser';

const TITLE_ZH = '西宁首届“相约高新区”创新创业大赛';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-in sends each role to its home', () => {
  it('the organizer, running two editions, picks the first and sees it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'organizer@demo.local');
    const chooser = page.getByTestId('competition-chooser');
    await chooser.waitFor();
    // The chooser lists the editions once their documents are read: on a
    // loaded machine that takes more than expect.poll's default second.
    await expect.poll(() => chooser.textContent(), { timeout: 30_000 }).toContain('西宁第二届');
    await chooser.getByRole('link').first().waitFor();
    await page.getByRole('listitem').filter({ hasText: TITLE_ZH }).getByRole('link').first().click();
    const home = page.getByTestId('home-organizer');
    await home.waitFor();
    expect(page.url()).toMatch(/\/c\/[^/]+\/organizer$/);
    await expect.poll(() => home.textContent()).toContain(TITLE_ZH);
    await context.close();
  });

  it('a judge sees the entries assigned to them, without team names', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'judge1@demo.local');
    await page.getByTestId('home-judge').waitFor();
    expect(page.url()).toMatch(/\/c\/[^/]+\/judge$/);
    const rows = page.getByTestId('assignment-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a team sees its own entry', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'team1@demo.local');
    const home = page.getByTestId('home-team');
    await home.waitFor();
    expect(page.url()).toMatch(/\/c\/[^/]+\/team$/);
    await expect.poll(() => home.textContent()).toMatch(/E-\d{3}/);
    await context.close();
  });

  it('a wrong password is refused with a message, and the user stays signed out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'judge1@demo.local', 'not-the-password');
    await page.getByRole('alert').first().waitFor();
    expect(page.url()).toContain('/sign-in');
    await context.close();
  });

  it('an unknown route shows the 404 page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/no/such/page`);
    await expect.poll(() => page.textContent('body')).toMatch(/404/);
    await context.close();
  });
});

// Screenshots of every home at phone and desktop width in both languages, for
// people to look at (test-results/screenshots/); the assertion is that no page
// scrolls sideways on a 375 px phone.
describe('homes fit a phone and a desktop, in Chinese and English', () => {
  const homes = [
    ['organizer', 'organizer@demo.local'],
    ['judge', 'judge1@demo.local'],
    ['team', 'team1@demo.local'],
  ] as const;
  for (const [role, email] of homes) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`${role} home, ${locale}`, async () => {
        const { context, page } = await newPage(browser, PHONE, locale);
        await signIn(page, email, undefined, role === 'organizer' ? '/c/xining-2021/organizer' : undefined);
        await page.getByTestId(`home-${role}`).waitFor();
        await page.waitForLoadState('networkidle');
        await lookAtBothWidths(page, (width) => `${role}-${locale}-${width}`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        await context.close();
      });
    }
  }
});
