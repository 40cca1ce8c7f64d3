// The team's whole journey, in one go, on a phone, as a newcomer would take
// it: find the open competition signed out, sign up from "register a team",
// register, fill in the entry, upload the pitch deck and preview it, reload
// and find the draft intact, lose the network and edit, come back and see it
// synced, submit, and see and print the receipt. Each step's other paths
// (refusals, conflicts, another team, the deadline) are in the suites named
// after them: registration, team-entry, deck-upload, submission.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, lookAt, newPage, PHONE } from './browser';
import { CID, makePdf, storedEntry } from './open-team';

const TITLE = '西宁第二届“相约高新区”创新创业大赛';
const ENTRY_URL = new RegExp(`^/c/${CID}/team/entries/([A-Za-z0-9]+)$`);
const LONG = { timeout: 30_000 };

let browser: Browser;
let context: BrowserContext;
let page: Page;
let eid = '';

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser, PHONE, 'zh-CN'));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const saveStatus = () => page.getByTestId('save-status');
const saved = () =>
  saveStatus()
    .filter({ hasText: /^已保存$/ })
    .waitFor(LONG);

describe('a newcomer takes their team from the competition list to a printed receipt', () => {
  it('finds the open competition signed out and signs up to register', async () => {
    await page.goto(`${BASE_URL}/explore`);
    const card = page.getByRole('article', { name: TITLE });
    await card.getByRole('link', { name: `查看详情：${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: '报名参赛', exact: true }).click();

    await page.getByLabel('姓名', { exact: true }).fill('马海燕');
    await page.getByLabel('邮箱').fill(`journey-${Date.now()}@example.com`);
    await page.getByLabel('密码', { exact: true }).fill('secret-pass-1');
    await page.getByLabel('确认密码').fill('secret-pass-1');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByTestId('registration-form').waitFor(LONG);
    expect(new URL(page.url()).pathname).toBe(`/explore/${CID}/register`);
  });

  it('registers a team and lands on its new entry', async () => {
    await page.getByRole('radio', { name: '团队组' }).check();
    await page.getByLabel('团队名称').fill('青稞之光');
    await page.getByLabel('联系人姓名').fill('马海燕');
    await page.getByLabel('手机号').fill('13909710000');
    await page.getByLabel('姓名', { exact: true }).fill('马海燕');
    await page.getByLabel('分工（选填）').fill('负责人');
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.waitForURL((url) => ENTRY_URL.test(url.pathname), LONG);
    eid = ENTRY_URL.exec(new URL(page.url()).pathname)![1]!;
    await page.getByTestId('entry-page').waitFor(LONG);
    expect((await storedEntry(eid)).status).toBe('draft');
  });

  it('fills in the entry, which saves itself', async () => {
    await page.locator('#entry-title').fill('青稞β-葡聚糖功能食品');
    await page.locator('#entry-field').fill('生物医药');
    await page.locator('#entry-summary').fill('从青稞中提取β-葡聚糖，做成控糖功能食品。');
    await page.locator('#entry-problem').fill('青稞深加工不足，附加值低。');
    await page.locator('#entry-solution').fill('低温酶解提取与功能食品配方。');
    await page.getByRole('radio', { name: '已有原型或产品' }).check();
    await page.locator('#entry-financing').fill('种子轮 50 万元');
    await page.locator('#entry-answers-team-size').fill('5');
    await page.locator('#entry-answers-ip').fill('一项发明专利已受理');
    await page.getByRole('radio', { name: '计划获奖后落地' }).check();
    await expect
      .poll(async () => (await storedEntry(eid)).answers, LONG)
      .toEqual({
        'team-size': 5,
        ip: '一项发明专利已受理',
        registered: 'planned',
      });
    await saved();
    expect(await storedEntry(eid)).toMatchObject({ title: '青稞β-葡聚糖功能食品', stage: 'prototype' });
  });

  it('uploads the pitch deck and previews it', async () => {
    await page
      .getByLabel('选择 PDF 文件')
      .setInputFiles({ name: '商业计划书.pdf', mimeType: 'application/pdf', buffer: makePdf() });
    await page.locator('[data-testid="deck-section"][data-deck="present"]').waitFor(LONG);
    expect((await storedEntry(eid)).deckPath).toBe(`competitions/${CID}/entries/${eid}/deck.pdf`);
    await page.getByRole('button', { name: '预览' }).click();
    await page.locator('canvas[data-page="1"]').waitFor(LONG);
    await page.getByText('第 1 / 1 页').waitFor();
    await lookAt(page, 'journey-deck-preview-375-zh-CN');
  });

  it('reloads mid-way and finds the draft intact', async () => {
    await page.reload();
    await page.getByTestId('entry-page').waitFor(LONG);
    expect(await page.locator('#entry-title').inputValue()).toBe('青稞β-葡聚糖功能食品');
    expect(await page.locator('#entry-answers-team-size').inputValue()).toBe('5');
    expect(await page.getByRole('radio', { name: '计划获奖后落地' }).isChecked()).toBe(true);
    await page.locator('[data-testid="deck-section"][data-deck="present"]').waitFor(LONG);
    await saved();
  });

  it('edits offline, and the edit reaches the server when the network is back', async () => {
    await context.setOffline(true);
    await page.locator('#entry-summary').fill('从青稞中提取β-葡聚糖，做成控糖功能食品（离线修改）。');
    await page.locator('#entry-title').focus(); // leaving the field saves at once
    await saveStatus().filter({ hasText: /离线/ }).waitFor(LONG);
    expect((await storedEntry(eid)).summary).toBe('从青稞中提取β-葡聚糖，做成控糖功能食品。');
    await lookAt(page, 'journey-offline-375-zh-CN');

    await context.setOffline(false);
    await saved();
    await expect
      .poll(async () => (await storedEntry(eid)).summary, LONG)
      .toBe('从青稞中提取β-葡聚糖，做成控糖功能食品（离线修改）。');
  });

  it('submits, and sees and prints the receipt', async () => {
    const panel = page.getByTestId('submission-panel');
    await panel.getByText('必填内容已全部完成，可以提交了。').waitFor(LONG);
    await page.getByRole('button', { name: '提交项目' }).click();
    await page.getByTestId('receipt').waitFor(LONG);

    const entry = await storedEntry(eid);
    expect(entry.status).toBe('submitted');
    const receipt = page.getByTestId('receipt');
    const text = await receipt.textContent();
    expect(text).toContain(entry.code);
    expect(text).toContain('青稞β-葡聚糖功能食品');
    expect(text).toContain('团队组');
    expect(text).toContain('青稞之光');
    expect(text).toContain('北京时间');
    await lookAt(page, 'journey-receipt-375-zh-CN');

    // "Print" opens the browser's print dialog; printed, only the receipt shows.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: '打印回执' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
    await lookAt(page, 'journey-receipt-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
