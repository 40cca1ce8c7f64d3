// What a failed browser journey leaves in the log: for every page still open,
// its address, the text it showed, what its console reported, and its
// requests that failed or are still waiting. CI keeps only the log, so a test that timed out waiting for an element says what
// was on the screen instead (a loading skeleton, an error message, a
// different page), not only which element never came.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

const browsers = new Set<Browser>();
const consoleLines = new WeakMap<Page, string[]>();
const KEPT_LINES = 20;
const TEXT_LIMIT = 1500;

function remember(page: Page, line: string) {
  const lines = consoleLines.get(page) ?? [];
  lines.push(line.slice(0, 300));
  if (lines.length > KEPT_LINES) lines.shift();
  consoleLines.set(page, lines);
}

/** A browser whose open pages are described when a test fails. */
export function followBrowser(browser: Browser): void {
  browsers.add(browser);
  browser.on('disconnected', () => browsers.delete(browser));
}

/** The page a request came from; none for a service worker's own requests. */
function pageOf(r: Request): Page | null {
  try {
    return r.frame().page();
  } catch {
    return null;
  }
}

/** Requests a page has sent and not yet seen answered (a Firestore listen channel stays open by design). */
const pendingRequests = new WeakMap<Page, Map<Request, number>>();

/**
 * Keeps, for the report, a context's pages' console errors and warnings,
 * uncaught exceptions, failed requests and requests still waiting.
 */
export function followContext(context: BrowserContext): void {
  const pending = (page: Page) => {
    let map = pendingRequests.get(page);
    if (!map) pendingRequests.set(page, (map = new Map()));
    return map;
  };
  const done = (r: Request) => {
    const page = pageOf(r);
    if (page) pendingRequests.get(page)?.delete(r);
  };
  context.on('request', (r) => {
    const page = pageOf(r);
    if (page) pending(page).set(r, Date.now());
  });
  context.on('requestfinished', done);
  context.on('requestfailed', (r) => {
    done(r);
    const page = pageOf(r);
    if (page) remember(page, `request failed: ${r.method()} ${r.url().slice(0, 160)} (${r.failure()?.errorText})`);
  });
  context.on('console', (m) => {
    const page = m.page();
    if (page && (m.type() === 'error' || m.type() === 'warning')) remember(page, `console.${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => {
    const page = e.page();
    if (page) remember(page, `uncaught: ${e.error().message}`);
  });
}

async function describePage(page: Page): Promise<string> {
  const text = await page
    .locator('body')
    .innerText({ timeout: 2000 })
    .catch((e: Error) => `(could not read the page: ${e.message.split('\n')[0]})`);
  const shown = text.replace(/\n{2,}/g, '\n').slice(0, TEXT_LIMIT);
  const logs = consoleLines.get(page) ?? [];
  const now = Date.now();
  const waiting = [...(pendingRequests.get(page) ?? new Map<Request, number>()).entries()].map(
    ([r, since]) => `${r.method()} ${r.url().slice(0, 160)} (for ${((now - since) / 1000).toFixed(0)} s)`,
  );
  return [
    `▶ ${page.url()}`,
    shown,
    ...(logs.length ? ['console and network:', ...logs] : []),
    ...(waiting.length ? ['requests still waiting:', ...waiting] : []),
  ].join('\n');
}

/** Every open page of the followed browsers, described for the log. */
export async function describeOpenPages(): Promise<string> {
  const pages = [...browsers].flatMap((b) => b.contexts().flatMap((c) => c.pages()));
  if (pages.length === 0) return 'No page was open when the test failed.';
  const described = await Promise.all(pages.map(describePage));
  return `Open pages when the test failed:\n${described.join('\n\n')}`;
}
