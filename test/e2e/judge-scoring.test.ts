// The judge's scoring screen on the suite's own copy of the seeded demo (it
// submits and recuses, which other suites must not see): judge1 scores an assigned
// review entry with the keyboard, loses the network, keeps scoring, reloads
// without network (the service worker and Firestore's cache keep the page),
// syncs when the network is back, submits (pressed offline: kept pending and
// sent on reconnect), cannot edit afterwards, goes on to the next entry with
// Enter, then declares a conflict on another entry, which leaves their list
// and gets another judge. Every expectation is read from the emulator with
// the Admin SDK, not written down here.
import { getAuth } from 'firebase-admin/auth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, PHONE, signIn } from './browser';
import { admin, adminDb, copyOfSeeded, eventually, forgetCopy } from './open-team';

const CID = `scoring-${Date.now().toString(36)}`;
const ROUND = 'review';
const EMAIL = 'judge1@demo.local';
const LONG = { timeout: 30_000 };

interface Setup {
  uid: string;
  criteria: { id: string; max: number; step: number }[];
  /** Two assigned entries judge1 has not submitted, in code order: one to score, one to recuse from. */
  target: string;
  other: string;
}

const base = () => adminDb.collection('competitions').doc(CID);
const sheetOf = async (uid: string, eid: string) =>
  (await base().collection('sheets').doc(`${ROUND}__${uid}__${eid}`).get()).data();
const judgesOf = async (eid: string) =>
  (
    await base().collection('assignments').where('entryId', '==', eid).where('roundIds', 'array-contains', ROUND).get()
  ).docs
    .map((d) => d.get('judgeUid') as string)
    .sort();

async function readSetup(): Promise<Setup> {
  const { uid } = await getAuth(admin).getUserByEmail(EMAIL);
  const competition = (await base().get()).data()!;
  const round = (competition.rounds as { id: string; rubric: { criteria: Setup['criteria'] } }[]).find(
    (r) => r.id === ROUND,
  )!;
  const [assignments, sheets] = await Promise.all([
    base().collection('assignments').where('judgeUid', '==', uid).where('roundIds', 'array-contains', ROUND).get(),
    base().collection('sheets').where('judgeUid', '==', uid).where('roundId', '==', ROUND).get(),
  ]);
  const done = new Set(sheets.docs.filter((d) => d.get('status') !== 'draft').map((d) => d.get('entryId') as string));
  const hasSheet = new Set(sheets.docs.map((d) => d.get('entryId') as string));
  const open = await Promise.all(
    assignments.docs
      .map((d) => d.get('entryId') as string)
      .filter((id) => !done.has(id))
      .map(async (id) => ({ id, code: (await base().collection('entries').doc(id).get()).get('code') as string })),
  );
  open.sort((a, b) => (a.code < b.code ? -1 : 1));
  // Score one with no sheet yet (the sheet is created at revision 1); recuse from another.
  const target = open.find((e) => !hasSheet.has(e.id)) ?? open[0];
  const other = open.find((e) => e.id !== target?.id);
  if (!target || !other)
    throw new Error('judge1 needs two review entries not yet submitted (the demo seed keeps them)');
  return { uid, criteria: round.rubric.criteria, target: target.id, other: other.id };
}

let browser: Browser;
let setup: Setup;
beforeAll(async () => {
  browser = await launchBrowser();
  await copyOfSeeded(CID, '评分测试赛', 'Scoring test');
  setup = await readSetup();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await forgetCopy(CID);
});

const entryUrl = (eid: string) => `/c/${CID}/judge/rounds/${ROUND}/entries/${eid}`;
const scoreInput = (page: Page, id: string) => page.getByTestId(`score-${id}`);
const saveStatus = (page: Page) => page.getByTestId('sheet-save-status');

async function openEntry(page: Page, eid: string) {
  await signIn(page, EMAIL, undefined, entryUrl(eid));
  await page.getByTestId('scoring-sheet').waitFor(LONG);
}

describe('scoring screen at 1280 px and in English', () => {
  // English at both widths on one page, resized in place (see lookAtBothWidths).
  for (const [name, viewport, locale] of [
    ['1280-zh-CN', DESKTOP, 'zh-CN'],
    ['375 and 1280, en', PHONE, 'en'],
  ] as const) {
    it(`shows the entry, the rubric and the total (${name})`, async () => {
      const { context, page } = await newPage(browser, viewport, locale);
      await openEntry(page, setup.target);
      await page.getByTestId('entry-view').waitFor();
      await page.getByTestId('score-bar').waitFor();
      expect(await page.locator('[data-criterion]').count()).toBe(setup.criteria.length);
      // Previous / next among the judge's entries, and where this one is.
      await page.getByText(locale === 'en' ? /^\d+ of \d+$/ : /^第 \d+ \/ \d+ 个$/).waitFor(LONG);
      // An invalid value is refused on the spot, in the interface language.
      await scoreInput(page, setup.criteria[0]!.id).fill('7.3');
      await page
        .getByText(locale === 'en' ? /multiple of 0.5/ : /0.5 的整数倍/)
        .first()
        .waitFor();
      if (locale === 'en') await lookAtBothWidths(page, (width) => `scoring-${width}-en`);
      else await lookAt(page, `scoring-${name}`);
      // Nothing valid was typed: nothing was saved.
      await scoreInput(page, setup.criteria[0]!.id).fill('');
      await context.close();
    });
  }
});

describe('judge1 scores an entry on a phone, offline too, and submits it', () => {
  let context: BrowserContext;
  let page: Page;
  const values = ['7.5', '8', '6.5', '9', '5'];

  beforeAll(async () => {
    ({ context, page } = await newPage(browser, PHONE, 'zh-CN', { offlineApp: true }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('scores the first criteria with the keyboard, and the draft reaches the server', async () => {
    const { criteria, uid, target } = setup;
    await openEntry(page, target);
    await lookAt(page, 'scoring-375-zh-CN');
    // The demo's draft may have scores already: each is replaced as a judge would, select all and type.
    await scoreInput(page, criteria[0]!.id).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(values[0]!);
    await page.keyboard.press('Enter');
    // Enter moved on to the next criterion's score.
    expect(await scoreInput(page, criteria[1]!.id).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(values[1]!);
    await page.getByTestId(`comment-${criteria[1]!.id}`).fill('市场分析扎实。');
    await saveStatus(page).filter({ hasText: '草稿已保存' }).waitFor(LONG);
    const stored = await sheetOf(uid, target);
    expect(stored?.status).toBe('draft');
    expect(stored?.scores).toMatchObject({ [criteria[0]!.id]: 7.5, [criteria[1]!.id]: 8 });
    expect(stored?.comments).toMatchObject({ [criteria[1]!.id]: '市场分析扎实。' });
    expect(stored?.revision).toBeGreaterThanOrEqual(1);
    // The running total is the engine's: 100 × Σ w·s/max / Σ w of what is scored so far.
    await page
      .getByTestId('sheet-total')
      .filter({ hasText: /\d+\.\d\d \/ 100/ })
      .waitFor();
  });

  it('keeps scoring offline, reloads without network and still has the sheet', async () => {
    const { criteria } = setup;
    // The service worker has the app shell before the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await scoreInput(page, criteria[2]!.id).fill(values[2]!);
    await scoreInput(page, criteria[3]!.id).fill(values[3]!);
    await page.getByTestId('overall-comment').focus(); // leaving a field saves at once
    await saveStatus(page).filter({ hasText: /离线/ }).waitFor(LONG);

    await page.reload();
    await page.getByTestId('scoring-sheet').waitFor(LONG);
    for (const i of [0, 1, 2, 3]) expect(await scoreInput(page, criteria[i]!.id).inputValue()).toBe(values[i]);
    await scoreInput(page, criteria[4]!.id).fill(values[4]!);
    await page.getByTestId('overall-comment').fill('整体不错，建议补充市场数据。');
    await saveStatus(page).filter({ hasText: /离线/ }).waitFor(LONG);
    await lookAt(page, 'scoring-375-zh-CN-offline');
  });

  it('syncs the draft when the network is back', async () => {
    const { criteria, uid, target } = setup;
    const before = (await sheetOf(uid, target))?.revision as number;
    await context.setOffline(false);
    const want = Object.fromEntries(criteria.map((c, i) => [c.id, Number(values[i])]));
    const synced = await eventually(async () => {
      const stored = await sheetOf(uid, target);
      return (
        criteria.every((c) => stored?.scores[c.id] === want[c.id]) && stored?.comment === '整体不错，建议补充市场数据。'
      );
    });
    expect(synced).toBe(true);
    const stored = await sheetOf(uid, target);
    expect(stored?.revision).toBeGreaterThan(before);
    expect(stored?.comment).toBe('整体不错，建议补充市场数据。');
    await saveStatus(page).filter({ hasText: '草稿已保存' }).waitFor(LONG);
  });

  it('submits (pressed offline: kept pending, sent on reconnect), then cannot edit', async () => {
    const { criteria, uid, target } = setup;
    await context.setOffline(true);
    // Enter on the last criterion goes to submit; Enter there submits.
    await scoreInput(page, criteria[criteria.length - 1]!.id).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('submit-pending').waitFor(LONG);
    await lookAt(page, 'scoring-375-zh-CN-pending');
    expect((await sheetOf(uid, target))?.status).toBe('draft');

    await context.setOffline(false);
    expect(await eventually(async () => (await sheetOf(uid, target))?.status === 'submitted')).toBe(true);
    await page.locator('[data-testid="scoring-sheet"][data-sheet-status="submitted"]').waitFor(LONG);
    await page.getByTestId('sheet-locked').waitFor();
    for (const c of criteria) expect(await scoreInput(page, c.id).isDisabled()).toBe(true);
    expect(await page.getByTestId('overall-comment').isDisabled()).toBe(true);
    expect(await page.getByTestId('submit-sheet').count()).toBe(0);
    const stored = await sheetOf(uid, target);
    expect(stored?.scores).toEqual(Object.fromEntries(criteria.map((c, i) => [c.id, Number(values[i])])));
    await lookAt(page, 'scoring-375-zh-CN-submitted');
  });

  it('goes on to the next entry with Enter', async () => {
    const next = page.getByTestId('next-after-submit');
    await next.waitFor();
    const href = await next.getAttribute('href');
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href, LONG);
    await page.getByTestId('scoring-sheet').waitFor(LONG);
  });

  it('declares a conflict on another entry: it leaves the list and gets another judge', async () => {
    const { uid, other } = setup;
    const judgesBefore = await judgesOf(other);
    expect(judgesBefore).toContain(uid);
    await page.goto(`${BASE_URL}${entryUrl(other)}`);
    await page.getByTestId('scoring-sheet').waitFor(LONG);
    await page.getByRole('button', { name: '我与该项目存在利益冲突' }).click();
    const dialog = page.getByTestId('recuse-dialog');
    await dialog.getByRole('button', { name: '确认声明' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await lookAt(page, 'scoring-375-zh-CN-recuse');
    await dialog.getByLabel('原因（必填）').fill('申报单位是我曾任职的公司。');
    await dialog.getByRole('button', { name: '确认声明' }).click();
    await page.waitForURL((url) => url.pathname === `/c/${CID}/judge`, LONG);

    expect((await sheetOf(uid, other))?.status).toBe('recused');
    const judgesAfter = await judgesOf(other);
    expect(judgesAfter).not.toContain(uid);
    expect(judgesAfter.length).toBe(judgesBefore.length);
    const member = (await base().collection('members').doc(uid).get()).data();
    expect(member?.conflicts).toContain(other);
    // Not in the judge's list any more.
    const code = (await base().collection('entries').doc(other).get()).get('code') as string;
    await page.getByTestId('assignment-row').first().waitFor(LONG);
    await page.getByLabel('搜索编号或项目名称').fill(code);
    await page.getByText('没有符合筛选条件的项目。').waitFor(LONG);
    expect(await page.getByTestId('assignment-row').filter({ hasText: code }).count()).toBe(0);
  });
});
