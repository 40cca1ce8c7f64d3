// Launches the Chromium that scripts/e2e.mjs found, with the flags these
// machines need (no background networking: the network is closed).
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the suite through `npm run test:e2e`.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // launch() always starts from a fresh temporary profile of its own.
  });
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale });
  // The app keeps the chosen language in localStorage: start each new
  // context in `locale`, but leave a choice made later in the test alone.
  await context.addInitScript((lng) => {
    if (!window.localStorage.getItem('i18nextLng')) window.localStorage.setItem('i18nextLng', lng);
  }, locale);
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, email: string, password = 'demo1234'): Promise<void> {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}
