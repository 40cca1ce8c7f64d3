// The whole organizer-results loop, as its people take it in the app (the
// Admin SDK only reads, to check): an organizer signs up, creates a
// competition from the preset, sets it up for a small contest (mean of the
// sheets, one sheet enough) and opens registration; a team signs up,
// registers and submits; the organizer invites a judge by link, opens
// judging and assigns the judge; the judge scores and submits; the dashboard
// shows the sheet; the organizer computes, reads the entry's breakdown and
// publishes with a notice period; a signed-out browser sees the award; the
// export re-computes with the CLI to the published results, and the CSV,
// workbook and certificates open; the team objects, the organizer dismisses
// it with a reason the team then reads; a correction (computed again,
// published with a reason) is version 2 on the public page, version 1 one
// click away; the team sees its award at home. Everything is this suite's
// own (new accounts, a new competition).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Competition } from '../../src/domain/model';
import { acceptAsNewUser, inviteOne, signUp } from './accounts';
import { join } from 'node:path';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, newPage, PHONE, SCREENSHOT_DIR } from './browser';
import { downloaded, resultsByCli } from './downloads';
import { adminDb, makePdf } from './open-team';

const run = Date.now().toString(36);
const ORGANIZER = { name: '钱主任', email: `loop-owner-${run}@example.com` };
const TEAM = { name: '马海燕', email: `loop-team-${run}@example.com` };
const JUDGE = { name: '孙评委', email: `loop-judge-${run}@example.com` };
const PASSWORD = 'longenough1';
const TITLE = `闭环测试赛 ${run}`;
const ENTRY_TITLE = '青稞β-葡聚糖功能食品';
const ROUND = 'review';
// The judge's scores (the preset's criteria, weights 30/25/15/20/10 out of 10):
// 100 × (30·8 + 25·7.5 + 15·9 + 20·8.5 + 10·7) / (10 · 100) = 80.25.
const SCORES = { innovation: '8', market: '7.5', business: '9', team: '8.5', finance: '7' };
const SCORE = '80.25';
const OBJECTION = '我们的路演材料在评审期间无法打开，请核实是否影响了评分。';
const ANSWER = '经核实，评委评审时材料可以正常打开，评分有效。';
const CORRECTION = '复核全部评分表后重新计算，结果不变。';
// Calls to functions: the first of each may wait for the emulator to load it.
const SLOW = { timeout: 60_000 };

let browser: Browser;
// One signed-in page per person, kept through the steps.
let organizer: Page;
let team: Page;
let judge: Page;
let cid = '';
let eid = '';
let code = '';

const stored = async () => (await adminDb.doc(`competitions/${cid}`).get()).data() as Competition;
const versionDoc = async (n: number) =>
  (await adminDb.doc(`competitions/${cid}/publishedResults/v${n}`).get()).data() as {
    exportSha256: string;
    results: unknown;
  };
const go = (page: Page, path: string) => page.goto(`${BASE_URL}${path}`);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// Each step needs the ones before: after a failure the rest are skipped, and
// what each person's page showed is kept to look at.
let failed = false;
beforeEach((ctx) => {
  if (failed) ctx.skip();
  ctx.onTestFailed(async () => {
    failed = true;
    const pages = { organizer, team, judge };
    for (const [who, page] of Object.entries(pages)) {
      await page
        ?.screenshot({ path: join(SCREENSHOT_DIR, `results-loop-failed-${who}.png`), fullPage: true })
        .catch(() => undefined);
    }
  });
});

/** The status stepper on the settings page: one step forward, confirmed. */
async function stepTo(page: Page, status: string) {
  const stepper = page.getByTestId('status-stepper');
  await stepper.getByRole('button', { name: `下一步：${status}` }).click();
  await stepper.getByRole('button', { name: '确认' }).click();
  await stepper.getByText(`赛事状态已改为「${status}」。`).waitFor(SLOW);
}

/** The results preview: computes the round in the browser and saves the computation. */
async function computeAndSave(page: Page) {
  await go(page, `/c/${cid}/organizer/results?round=${ROUND}`);
  await page.getByTestId('results-preview').waitFor(SLOW);
  const row = page.getByTestId('result-row').filter({ hasText: code });
  await row.waitFor(SLOW);
  await page.getByRole('button', { name: '保存计算结果' }).click();
  await page.getByText(/^已保存本轮计算结果。导出文件 SHA-256：[0-9a-f]{12}…$/).waitFor({ timeout: 120_000 });
  return row;
}

/** The publish page: publishes the stored computation with five days of notice (a reason from version 2 on). */
async function publish(page: Page, version: number, reason?: string) {
  await go(page, `/c/${cid}/organizer/publish?round=${ROUND}`);
  await page.getByTestId('stored-computation').waitFor(SLOW);
  await page.getByTestId('award-list').getByText(code).waitFor(SLOW);
  await page.getByLabel('公示期（天）').fill('5');
  if (reason) await page.getByLabel('更正原因').fill(reason);
  await page.getByRole('button', { name: '发布…' }).click();
  await page.getByTestId('publish-confirm').getByRole('button', { name: '确认发布' }).click();
  await page.getByText(`已发布为第 ${version} 版。`, { exact: true }).waitFor({ timeout: 120_000 });
  await page
    .getByTestId(`version-${version}`)
    .getByText(/公示中，至/)
    .waitFor(SLOW);
}

const publicRows = (page: Page) => page.locator('.pr-tier tbody tr').allTextContents();
const versionHeading = (page: Page) => page.locator('#pr-version-heading').textContent();

describe('the organizer-results loop, from sign-up to a corrected publication', () => {
  it('an organizer creates a competition from the preset, sets a small contest’s scoring, opens registration', async () => {
    ({ page: organizer } = await newPage(browser, DESKTOP, 'zh-CN'));
    await go(organizer, '/sign-up');
    await signUp(organizer, ORGANIZER, PASSWORD);
    await organizer.getByTestId('no-competition').waitFor(SLOW);
    await organizer.getByRole('link', { name: '创建新赛事' }).click();
    await organizer.getByTestId('template-preset').click();
    await organizer.getByLabel('赛事名称（中文）').fill(TITLE);
    await organizer.getByRole('button', { name: '创建赛事' }).click();
    await organizer.waitForURL(/\/organizer\/settings/, SLOW);
    cid = /\/c\/([^/]+)\/organizer\/settings/.exec(organizer.url())?.[1] ?? '';
    expect(cid).not.toBe('');
    // The preset drops the highest and lowest of at least three sheets: one
    // judge's sheet would leave the entry unranked. A small contest's organizer
    // changes it to the mean of at least one sheet.
    expect((await stored()).aggregation).toMatchObject({ method: 'trimmed-mean', minSheets: 3 });
    const scoring = organizer.getByTestId('section-scoring');
    await scoring.getByLabel('汇总方式').selectOption('mean');
    await scoring.getByLabel('计分所需的最少评分表').fill('1');
    await scoring.getByRole('button', { name: '保存' }).click();
    await scoring.getByText('已保存').waitFor(SLOW);
    expect((await stored()).aggregation).toMatchObject({ method: 'mean', minSheets: 1 });

    await stepTo(organizer, '报名中');
    expect((await stored()).status).toBe('registration');
  }, 240_000);

  it('a team signs up from the competition’s page, registers, fills in its entry with a deck and submits', async () => {
    ({ page: team } = await newPage(browser, PHONE, 'zh-CN'));
    await go(team, `/explore/${cid}`);
    await team.getByRole('heading', { level: 1, name: TITLE }).waitFor(SLOW);
    // A fresh browser's first visit: the service worker installs and precaches
    // meanwhile, and the button waits for the signed-out state; on a cold run
    // this took over 30 s once.
    await team.getByRole('link', { name: '报名参赛', exact: true }).click(SLOW);
    await signUp(team, TEAM, PASSWORD);
    await team.getByTestId('registration-form').waitFor(SLOW);
    await team.getByRole('radio', { name: '团队组' }).check();
    await team.getByLabel('团队名称').fill('青稞之光');
    await team.getByLabel('联系人姓名').fill(TEAM.name);
    await team.getByLabel('手机号').fill('13909710000');
    await team.getByLabel('姓名', { exact: true }).fill(TEAM.name);
    await team.getByRole('button', { name: '提交报名' }).click();
    const entryUrl = new RegExp(`^/c/${cid}/team/entries/([A-Za-z0-9]+)$`);
    await team.waitForURL((url) => entryUrl.test(url.pathname), SLOW);
    eid = entryUrl.exec(new URL(team.url()).pathname)![1]!;

    await team.getByTestId('entry-page').waitFor(SLOW);
    await team.locator('#entry-title').fill(ENTRY_TITLE);
    await team.locator('#entry-field').fill('生物医药');
    await team.locator('#entry-summary').fill('从青稞中提取β-葡聚糖，做成控糖功能食品。');
    await team.locator('#entry-problem').fill('青稞深加工不足，附加值低。');
    await team.locator('#entry-solution').fill('低温酶解提取与功能食品配方。');
    await team.getByRole('radio', { name: '已有原型或产品' }).check();
    await team
      .getByLabel('选择 PDF 文件')
      .setInputFiles({ name: '商业计划书.pdf', mimeType: 'application/pdf', buffer: makePdf() });
    await team.locator('[data-testid="deck-section"][data-deck="present"]').waitFor(SLOW);
    await team.getByTestId('submission-panel').getByText('必填内容已全部完成，可以提交了。').waitFor(SLOW);
    await team.getByRole('button', { name: '提交项目' }).click();
    await team.getByTestId('receipt').waitFor(SLOW);
    const entry = (await adminDb.doc(`competitions/${cid}/entries/${eid}`).get()).data()!;
    expect(entry).toMatchObject({ status: 'submitted', title: ENTRY_TITLE, trackId: 'team' });
    code = entry.code as string;
    expect(await team.getByTestId('receipt').textContent()).toContain(code);
  }, 240_000);

  it('the organizer invites a judge by link, opens judging and assigns the judge to the entry', async () => {
    await go(organizer, `/c/${cid}/organizer/people`);
    await organizer.getByRole('heading', { level: 1, name: '人员与邀请' }).waitFor(SLOW);
    const link = await inviteOne(organizer, 'judge', JUDGE);
    ({ page: judge } = await acceptAsNewUser(browser, link, JUDGE, PASSWORD, TITLE));
    await judge.getByTestId('home-judge').waitFor(SLOW);

    await go(organizer, `/c/${cid}/organizer/settings`);
    await stepTo(organizer, '评审中');
    expect((await stored()).rounds[0]).toMatchObject({ id: ROUND, status: 'open' });

    await go(organizer, `/c/${cid}/organizer/assignment?round=${ROUND}`);
    await organizer.getByTestId('assignment-page').waitFor(SLOW);
    // One judge: one per entry, in each track.
    const ks = organizer.getByRole('spinbutton', { name: '评委人数' });
    await ks.first().waitFor(SLOW);
    for (const k of await ks.all()) await k.fill('1');
    await organizer.getByRole('button', { name: '预览分配' }).click();
    await organizer.getByRole('button', { name: '提交分配…' }).click(SLOW);
    await organizer.getByTestId('commit-confirm').getByRole('button', { name: '确认提交' }).click();
    await organizer.getByText('分配已提交').waitFor(SLOW);
    const pairs = await adminDb.collection(`competitions/${cid}/assignments`).get();
    expect(pairs.docs.map((d) => [d.get('entryId'), d.get('roundIds')])).toEqual([[eid, [ROUND]]]);
  }, 240_000);

  it('the judge scores the entry and submits the sheet', async () => {
    await judge.reload();
    const row = judge.getByTestId('assignment-row').filter({ hasText: code });
    await row.getByRole('link').click(SLOW);
    await judge.getByTestId('scoring-sheet').waitFor(SLOW);
    for (const [id, value] of Object.entries(SCORES)) await judge.getByTestId(`score-${id}`).fill(value);
    await judge
      .getByTestId('sheet-total')
      .filter({ hasText: `${SCORE} / 100` })
      .waitFor(SLOW);
    await judge.getByTestId('sheet-save-status').filter({ hasText: '草稿已保存' }).waitFor(SLOW);
    await judge.getByTestId('submit-sheet').click();
    await judge.locator('[data-testid="scoring-sheet"][data-sheet-status="submitted"]').waitFor(SLOW);
    const sheets = await adminDb.collection(`competitions/${cid}/sheets`).get();
    expect(sheets.docs.map((d) => d.get('status'))).toEqual(['submitted']);
  }, 240_000);

  it('the organizer’s dashboard shows the submitted sheet', async () => {
    await go(organizer, `/c/${cid}/organizer/dashboard?round=${ROUND}`);
    // The progress triggers count the sheet (they may still be busy with the
    // demo seed's events): waited for here first, so a failure says whether
    // the count or the page is late. The page follows the counts without a reload.
    const roundProgress = adminDb.doc(`competitions/${cid}/roundProgress/${ROUND}`);
    await expect
      .poll(async () => (await roundProgress.get()).data(), { timeout: 240_000, interval: 1000 })
      .toMatchObject({ assigned: 1, submitted: 1 });
    const totals = organizer.getByRole('progressbar', { name: '本轮评分进度' });
    await expect.poll(() => totals.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('1');
    expect(await totals.getAttribute('aria-valuemax')).toBe('1');
    expect(await organizer.getByTestId('dashboard-judges').textContent()).toMatch(new RegExp(`${JUDGE.name}1 / 1`));
    expect(await organizer.getByTestId('dashboard-totals').locator('[data-stat="submitted"] dd').textContent()).toBe(
      '1',
    );
    await lookAt(organizer, 'results-loop-dashboard-zh-CN-1280');
  }, 360_000);

  it('the organizer computes, reads the entry’s breakdown and publishes with a notice period', async () => {
    const row = await computeAndSave(organizer);
    expect(await row.textContent()).toContain(SCORE);
    expect(await row.textContent()).toContain('一等奖');
    await row.getByRole('button').first().click();
    await expect.poll(() => organizer.getByTestId('sheet-row').count()).toBe(1);
    await publish(organizer, 1);
  }, 300_000);

  it('a signed-out browser sees the award list with the entry', async () => {
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await go(page, `/r/${cid}`);
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(TITLE);
    await expect.poll(() => versionHeading(page)).toBe('第 1 版 · 网络评审');
    const rows = await publicRows(page);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(ENTRY_TITLE);
    expect(rows[0]).toContain(SCORE);
    await context.close();
  }, 120_000);

  it('the export re-computes with the CLI to the published results; the CSV, workbook and certificates open', async () => {
    const v1 = await versionDoc(1);
    const exported = await downloaded(organizer, 'download-export');
    expect(exported.name).toContain(v1.exportSha256.slice(0, 8));
    expect(await resultsByCli(exported.bytes)).toEqual(v1.results);

    const csvText = (await downloaded(organizer, 'download-csv')).bytes.toString('utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const csv = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true }).data;
    expect(csv[0]!.slice(0, 7)).toEqual(['名次', '奖项', '编号', '项目名称', '团队', '单位', '得分']);
    expect(csv.slice(1)).toEqual([expect.arrayContaining(['1', '一等奖', code, ENTRY_TITLE, '青稞之光'])]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(organizer, 'download-excel')).bytes as never);
    const cells = workbook.worksheets.flatMap((s) =>
      s.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : [])),
    );
    const line = cells.find((r) => r.includes(code));
    expect(line).toContain(ENTRY_TITLE);
    expect(line).toContain(Number(SCORE));

    const pdf = await PDFDocument.load((await downloaded(organizer, 'download-certificates')).bytes);
    expect(pdf.getPageCount()).toBe(1);
  }, 600_000);

  it('the team objects during the notice; the organizer dismisses it with a reason the team then reads', async () => {
    await go(team, `/c/${cid}/team`);
    const result = team.getByTestId('team-result');
    await result.getByText('公示期至', { exact: false }).waitFor(SLOW);
    await team.getByLabel('异议理由').fill(OBJECTION);
    await team.getByRole('button', { name: '提交异议' }).click();
    await team.getByTestId('team-objection').filter({ hasText: '待答复' }).waitFor(SLOW);

    await go(organizer, `/c/${cid}/organizer/objections`);
    const card = organizer.getByRole('region', { name: `作品 ${code}` });
    await card.getByText(OBJECTION).waitFor(SLOW);
    await card.getByLabel('异议不成立').check();
    await card.getByLabel('答复理由（团队可见）').fill(ANSWER);
    await card.getByRole('button', { name: '提交答复' }).click();
    await card.getByTestId('objection-answer').getByText(ANSWER).waitFor(SLOW);

    await team.reload();
    const mine = team.getByTestId('team-objection').filter({ hasText: ANSWER });
    await mine.waitFor(SLOW);
    expect(await mine.textContent()).toContain('异议不成立');
  }, 240_000);

  it('a correction, computed again and published with a reason, is version 2 on the public page; version 1 stays', async () => {
    await computeAndSave(organizer);
    await publish(organizer, 2, CORRECTION);
    await organizer.getByTestId('version-1').getByText('已被新版本取代').waitFor(SLOW);
    // From the top, so the sticky header is drawn where it belongs in a full-page shot.
    await organizer.evaluate(() => window.scrollTo(0, 0));
    await lookAt(organizer, 'results-loop-publish-correction-zh-CN-1280');
    expect((await versionDoc(2)).results).toEqual((await versionDoc(1)).results);

    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await go(page, `/r/${cid}`);
    await expect.poll(() => versionHeading(page), SLOW).toBe('第 2 版 · 网络评审');
    expect(await page.locator('.pr-reason').textContent()).toContain(CORRECTION);
    expect((await publicRows(page))[0]).toContain(ENTRY_TITLE);
    await page.getByRole('link', { name: /^第 1 版/ }).click();
    await expect.poll(() => versionHeading(page)).toBe('第 1 版 · 网络评审');
    expect(await page.locator('.pr-state--superseded').textContent()).toBe('本版本已被第 2 版取代');
    expect((await publicRows(page))[0]).toContain(ENTRY_TITLE);
    await context.close();
  }, 300_000);

  it('the team sees its award at home', async () => {
    await team.reload();
    const result = team.getByTestId('team-result');
    await result.getByText(CORRECTION, { exact: false }).waitFor(SLOW);
    const text = await result.textContent();
    expect(text).toContain('第 2 版');
    expect(text).toContain('一等奖');
    expect(text).toContain('第 1 名');
    expect(text).toContain(SCORE);
    // The new version takes objections too (its form loads apart).
    await team.getByTestId('objection-form').waitFor(SLOW);
    await lookAt(team, 'results-loop-team-home-zh-CN-375');
  }, 120_000);
});
