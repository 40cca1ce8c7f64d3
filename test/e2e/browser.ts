// Launches the Chromium that scripts/e2e.mjs found, with the flags these
// machines need (no background networking: the network is closed).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { followBrowser, followContext } from './failure-report';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the suite through `npm run test:e2e`.');
  const browser = await chromium.launch({
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
  followBrowser(browser);
  return browser;
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  { offlineApp = false } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  // The service worker precaches the whole app (megabytes) in every fresh
  // context: on a two-core machine that competed with the pages under test.
  // Only a page that must load again without the network (offlineApp) gets it.
  const context = await browser.newContext({ viewport, locale, serviceWorkers: offlineApp ? 'allow' : 'block' });
  followContext(context);
  // The app keeps the chosen language in localStorage: start each new
  // context in `locale`, but leave a choice made later in the test alone.
  await context.addInitScript((lng) => {
    // The first document, about:blank, may not use localStorage at all.
    try {
      if (!window.localStorage.getItem('i18nextLng')) window.localStorage.setItem('i18nextLng', lng);
    } catch {
      /* about:blank */
    }
  }, locale);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Refuses every Firestore listen stream of the context (a network that holds
 * back streamed responses does as much); the result says how many so far.
 */
export async function refuseListenStreams(context: BrowserContext): Promise<() => number> {
  let refused = 0;
  await context.route(/\/Listen\/channel/, (route) => {
    refused++;
    return route.abort();
  });
  return () => refused;
}

/** Signs in on the sign-in page; with `next`, the page to land on afterwards. */
export async function signIn(page: Page, email: string, password = 'demo1234', next?: string): Promise<void> {
  await page.goto(`${BASE_URL}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The two widths every screen is checked at: a 375 px phone and a 1280 px desktop. */
export const WIDTHS = [
  ['375', PHONE],
  ['1280', DESKTOP],
] as const;
export type WidthLabel = (typeof WIDTHS)[number][0];

/**
 * Resizes the window of a loaded page, and waits until the app has followed:
 * the layout is the CSS's, and the app's width-dependent parts (matchMedia
 * and ResizeObserver hooks) re-render on the resize, so the page is laid out
 * as one loaded at that width, without a second sign-in and load.
 */
export async function resizeTo(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const now = page.viewportSize();
  if (now?.width === viewport.width && now.height === viewport.height) return;
  await page.setViewportSize(viewport);
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        const frame = (then: () => void) => requestAnimationFrame(() => then());
        // A frame for the resize and matchMedia listeners, a task for React's
        // re-render from ResizeObserver, then a frame for the new layout.
        frame(() => setTimeout(() => frame(() => frame(settled)), 0));
        // Should no frame come (a page not being drawn), the layout is still
        // brought up to date by the measuring that follows.
        setTimeout(settled, 2000);
      }),
  );
}

/**
 * lookAt at a phone's width and at a desktop's: first at the width the page
 * has, then resized in place to the other (see resizeTo), where it stays.
 * `name(label)` names each look.
 */
export async function lookAtBothWidths(page: Page, name: (width: WidthLabel) => string): Promise<void> {
  const phoneFirst = page.viewportSize()?.width !== DESKTOP.width;
  for (const [label, viewport] of phoneFirst ? WIDTHS : [...WIDTHS].reverse()) {
    await resizeTo(page, viewport);
    await lookAt(page, name(label));
  }
}

/** How far the page scrolls sideways (> 0: something does not fit). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// Screenshots are for a person to look at; on CI nobody does, and full-page
// PNGs of long pages take a good part of a second each. E2E_SCREENSHOTS=1
// takes them there too, E2E_SCREENSHOTS=0 nowhere (`npm test` sets it: see
// scripts/test-all.mjs).
const TAKE_SCREENSHOTS =
  process.env.E2E_SCREENSHOTS === '1' || (process.env.E2E_SCREENSHOTS !== '0' && !process.env.CI);

/** A screenshot for a person to look at, not a check: taken where lookAt takes its own. */
export async function screenshotFor(
  target: { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> },
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (TAKE_SCREENSHOTS) await target.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), ...options });
}

/** The width label of the page's viewport now. */
export const widthOf = (page: Page): WidthLabel => (page.viewportSize()?.width === DESKTOP.width ? '1280' : '375');

/**
 * What a person would see, checked: a full-page screenshot in
 * test-results/screenshots/ (to look at; not on CI), no sideways scrolling,
 * and no serious or critical accessibility violation (axe-core, WCAG 2.1 A
 * and AA).
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  await screenshotFor(page, name, { fullPage: true });
  const overflow = await sidewaysOverflow(page);
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  // axe-core stays loaded until the page navigates: load it once per document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Only the violations are read: resultTypes spares axe collecting every
    // passing node (it still runs every rule on every node).
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `${name}: accessibility`).toEqual([]);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
