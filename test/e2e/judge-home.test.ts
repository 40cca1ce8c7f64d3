// The judge's home on the seeded demo: judge1's review round, its progress
// and their entries, filtered, searched and paged. Every expectation is read
// from the emulator with the Admin SDK, not written down here.
import { getAuth } from 'firebase-admin/auth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, lookAtBothWidths, newPage, PHONE, signIn } from './browser';
import { admin, adminDb } from './open-team';

const CID = 'xining-2021';
const ROUND = 'review';
const EMAIL = 'judge1@demo.local';
const PAGE_SIZE = 20;

interface Expected {
  uid: string;
  /** The judge's assigned entries of the round, recused ones left out, in code order. */
  mine: { id: string; code: string; title: string; trackId: string; status: string }[];
  recused: number;
}

/** judge1's review round as the emulator holds it: assignments, sheets, entries. */
async function readExpected(): Promise<Expected> {
  const { uid } = await getAuth(admin).getUserByEmail(EMAIL);
  const base = adminDb.collection('competitions').doc(CID);
  const [assignments, sheets] = await Promise.all([
    base.collection('assignments').where('judgeUid', '==', uid).where('roundIds', 'array-contains', ROUND).get(),
    base.collection('sheets').where('judgeUid', '==', uid).where('roundId', '==', ROUND).get(),
  ]);
  const status = new Map(sheets.docs.map((d) => [d.get('entryId') as string, d.get('status') as string]));
  const entries = await Promise.all(
    assignments.docs
      .map((d) => d.get('entryId') as string)
      .filter((id) => status.get(id) !== 'recused')
      .map((id) => base.collection('entries').doc(id).get()),
  );
  const mine = entries
    .map((d) => ({
      id: d.id,
      code: d.get('code') as string,
      title: d.get('title') as string,
      trackId: d.get('trackId') as string,
      status: status.get(d.id) ?? 'not-started',
    }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { uid, mine, recused: [...status.values()].filter((s) => s === 'recused').length };
}

let browser: Browser;
let expected: Expected;
beforeAll(async () => {
  browser = await launchBrowser();
  expected = await readExpected();
});
afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page) => page.getByTestId('assignment-row');
const codes = (list: Expected['mine']) => list.map((e) => e.code);

/** Signs judge1 in and waits until every entry of the first page is read. */
async function openHome(page: Page) {
  await signIn(page, EMAIL, undefined, `/c/${CID}/judge`);
  await page.getByTestId('home-judge').waitFor();
  await rows(page).first().waitFor();
  await allRead(page);
}

async function allRead(page: Page) {
  await expect.poll(() => page.getByText(/正在加载项目|Loading the entry/).count(), { timeout: 20_000 }).toBe(0);
}

/** The codes of the rows on screen; null while some are still loading. */
async function codesNow(page: Page): Promise<string[] | null> {
  if ((await page.getByText(/正在加载项目|Loading the entry/).count()) > 0) return null;
  return (await rows(page).allTextContents()).map((text) => /^[A-Z]-\d+/.exec(text)?.[0] ?? text);
}

/** Waits until the list shows exactly these codes (the address, then the list, update after a change). */
async function expectCodes(page: Page, want: string[]) {
  await expect.poll(() => codesNow(page), { timeout: 20_000 }).toEqual(want);
}

describe('judge home', () => {
  it('shows the review round’s progress and entries, filtered, searched and paged', async () => {
    const { mine } = expected;
    const submitted = mine.filter((e) => e.status === 'submitted').length;
    // Enough entries for pages. Whether judge1 still has work left depends on
    // which suites ran before (the scoring journey submits and recuses on the
    // same emulator); every figure below is read from it, so either way holds.
    // That the fresh demo leaves judge1 work is pinned by scripts/seed/demo-contest.test.ts.
    expect(mine.length).toBeGreaterThan(2 * PAGE_SIZE);

    const { context, page } = await newPage(browser);
    await openHome(page);
    const round = page.getByRole('region', { name: '网络评审' });
    await round.getByText(`已完成评分 ${submitted} / ${mine.length}`).waitFor();
    const bar = round.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(submitted));
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(mine.length));
    await page.getByText(/匿名评审/).waitFor();

    // Pages of 20 in code order.
    const pages = Math.ceil(mine.length / PAGE_SIZE);
    await page.getByText(`第 1–${PAGE_SIZE} 个，共 ${mine.length} 个项目`).waitFor();
    await expectCodes(page, codes(mine.slice(0, PAGE_SIZE)));
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText(`第 2 / ${pages} 页`).waitFor();
    await expectCodes(page, codes(mine.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
    for (let p = 3; p <= pages; p++) await page.getByRole('button', { name: '下一页' }).click();
    await expectCodes(page, codes(mine.slice((pages - 1) * PAGE_SIZE)));
    expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);

    // By status: from page 1 again, every status the judge has.
    const status = page.getByLabel('评分状态');
    for (const s of ['not-started', 'draft', 'submitted'] as const) {
      await status.selectOption(s);
      await expectCodes(page, codes(mine.filter((e) => e.status === s).slice(0, PAGE_SIZE)));
      for (const value of await rows(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))) {
        expect(value).toBe(s);
      }
    }
    await status.selectOption('recused');
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(expected.recused);
    await status.selectOption('all');

    // By track.
    await page.getByLabel('赛道').selectOption('team');
    const team = mine.filter((e) => e.trackId === 'team');
    await expectCodes(page, codes(team.slice(0, PAGE_SIZE)));
    await page.getByLabel('赛道').selectOption('all');

    // Search by code (lower case, no dash) and by a piece of a title.
    const search = page.getByLabel('搜索编号或项目名称');
    const target = mine[mine.length - 1]!;
    await search.fill(target.code.replace('-', '').toLowerCase());
    await expectCodes(page, [target.code]);
    const piece = [...target.title].slice(0, 4).join('');
    const withPiece = mine.filter((e) => e.title.includes(piece) || e.code.includes(piece)).slice(0, PAGE_SIZE);
    await search.fill(piece);
    await expectCodes(page, codes(withPiece));

    // A row opens the entry's scoring screen; Back returns to the same list.
    await rows(page).filter({ hasText: target.code }).getByRole('link').click();
    await page.waitForURL(`${BASE_URL}/c/${CID}/judge/rounds/${ROUND}/entries/${target.id}`);
    await page.goBack();
    await page.getByTestId('home-judge').waitFor();
    expect(await page.getByLabel('搜索编号或项目名称').inputValue()).toBe(piece);
    await expectCodes(page, codes(withPiece));
    await context.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a phone and a desktop (${locale})`, async () => {
      const { context, page } = await newPage(browser, PHONE, locale);
      await openHome(page);
      await page.getByRole('navigation', { name: /分页|Pages/ }).waitFor();
      await lookAtBothWidths(page, (width) => `judge-home-${locale}-${width}`);
      await context.close();
    });
  }
});
