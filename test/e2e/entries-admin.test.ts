// The organizer's entries page: the seeded demo's entries listed with their
// teams, filtered by track and status, searched, exported as CSV and opened;
// on a team of its own in the open competition, an entry with answers, a
// file and a deck is disqualified with a reason and reinstated. Every
// expectation is read from the emulator with the Admin SDK.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, PHONE, signIn } from './browser';
import {
  adminDb,
  bucket,
  CID as OPEN_CID,
  createOpenTeam,
  makePdf,
  storedEntry,
  uploadDeck,
  type OpenTeam,
} from './open-team';

const CID = 'xining-2021';
const ORGANIZER = 'organizer@demo.local';

interface Row {
  id: string;
  code: string;
  trackId: string;
  status: string;
  title: string;
  teamName: string;
  organization: string;
  contactName: string;
  /** What the page searches in, lower-case. */
  haystack: string;
}

/** The demo's entries with their identities, in code order. */
async function readRows(cid: string): Promise<Row[]> {
  const base = adminDb.collection('competitions').doc(cid);
  const [entries, identities] = await Promise.all([
    base.collection('entries').get(),
    base.collection('entryIdentities').get(),
  ]);
  const who = new Map(identities.docs.map((d) => [d.id, d.data()]));
  return entries.docs
    .map((d) => {
      const identity = who.get(d.id) ?? {};
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      return {
        id: d.id,
        code: d.get('code') as string,
        trackId: d.get('trackId') as string,
        status: d.get('status') as string,
        title: d.get('title') as string,
        teamName: text(identity.teamName),
        organization: text(identity.organization),
        contactName: text(identity.contactName),
        haystack: [
          d.get('code'),
          d.get('title'),
          identity.teamName,
          identity.organization,
          identity.contactName,
          identity.contactPhone,
          identity.contactEmail,
        ]
          .map(text)
          .join('\n')
          .toLowerCase(),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

let browser: Browser;
let rows: Row[];
beforeAll(async () => {
  browser = await launchBrowser();
  rows = await readRows(CID);
});
afterAll(async () => {
  await browser?.close();
});

const listRows = (page: Page) => page.getByTestId('entry-row');
const countLine = (page: Page) => page.getByTestId('entry-count');

async function openList(page: Page, cid = CID) {
  await signIn(page, ORGANIZER, undefined, `/c/${cid}/organizer/entries`);
  await page.getByTestId('entry-admin').waitFor();
  // Loaded: the progress bar is gone and the export is enabled.
  await page
    .getByRole('button', { name: /导出 CSV|Export CSV/ })
    .and(page.locator(':enabled'))
    .waitFor();
}

/** The data-* values of the rows on screen (the list renders those near the screen). */
const shownValues = (page: Page, attr: string) =>
  listRows(page).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)), attr);

describe('entries page (organizer)', () => {
  it('lists, counts, filters, searches, exports and opens the demo entries', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await openList(page);
    await expect.poll(() => countLine(page).textContent()).toBe(`共 ${rows.length} 个项目`);

    // Counts per status, one figure per status.
    const counts = page.getByTestId('status-counts');
    for (const status of ['draft', 'submitted', 'withdrawn', 'disqualified']) {
      const n = rows.filter((r) => r.status === status).length;
      expect(await counts.locator(`[data-status="${status}"]`).textContent()).toContain(String(n));
    }
    // The first rows in code order, with team and organization (identities).
    const first = rows[0]!;
    const firstRow = listRows(page).first();
    await expect.poll(() => firstRow.textContent()).toContain(first.code);
    expect(await firstRow.textContent()).toContain(first.teamName);
    expect(await firstRow.textContent()).toContain(first.organization);

    // By track.
    const team = rows.filter((r) => r.trackId === 'team');
    await page.getByLabel('赛道', { exact: true }).selectOption('team');
    await expect.poll(() => countLine(page).textContent()).toBe(`筛选出 ${team.length} 个项目（共 ${rows.length} 个）`);
    expect(new Set(await shownValues(page, 'data-track'))).toEqual(new Set(['team']));

    // By status, together with the track.
    const status = rows.find((r) => r.status !== 'submitted')?.status ?? 'submitted';
    const both = team.filter((r) => r.status === status);
    await page.getByLabel('状态', { exact: true }).selectOption(status);
    await expect.poll(() => countLine(page).textContent()).toBe(`筛选出 ${both.length} 个项目（共 ${rows.length} 个）`);
    for (const value of await shownValues(page, 'data-status')) expect(value).toBe(status);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => countLine(page).textContent()).toBe(`共 ${rows.length} 个项目`);

    // A status figure is a shortcut to that filter.
    const submitted = rows.filter((r) => r.status === 'submitted');
    await counts.locator('[data-status="submitted"]').click();
    await expect
      .poll(() => countLine(page).textContent())
      .toBe(`筛选出 ${submitted.length} 个项目（共 ${rows.length} 个）`);
    expect(await page.getByLabel('状态', { exact: true }).inputValue()).toBe('submitted');
    await page.getByRole('button', { name: '清除筛选' }).click();

    // Search by team name, by organization, by contact, by code without the dash.
    const search = page.getByLabel('搜索', { exact: true });
    const target = rows.find(
      (r) =>
        r.trackId === 'enterprise' && rows.filter((o) => o.haystack.includes(r.teamName.toLowerCase())).length === 1,
    )!;
    expect(target).toBeDefined();
    const expectSearch = async (query: string, want: Row[]) => {
      await search.fill(query);
      await expect
        .poll(() => countLine(page).textContent())
        .toBe(`筛选出 ${want.length} 个项目（共 ${rows.length} 个）`);
      const texts = await listRows(page).allTextContents();
      for (const r of want.slice(0, 5)) expect(texts.some((t) => t.includes(r.code))).toBe(true);
    };
    const matching = (query: string) => rows.filter((r) => r.haystack.includes(query.toLowerCase()));
    await expectSearch(target.teamName, [target]);
    await expectSearch(target.organization, matching(target.organization));
    await expectSearch(target.contactName, matching(target.contactName));
    await expectSearch(target.code.replace('-', '').toLowerCase(), [target]);
    await lookAt(page, 'entries-admin-search-zh-CN-1280');

    // Export the filtered list as CSV: BOM, the header, the row.
    await search.fill(target.teamName);
    await expect.poll(() => countLine(page).textContent()).toContain('筛选出 1 个项目');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^报名汇总表-.+\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row, ...rest] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header?.slice(0, 12)).toEqual([
      '项目编号',
      '赛道',
      '状态',
      '项目名称',
      '所属领域',
      '团队名称',
      '单位',
      '联系人',
      '手机号',
      '邮箱',
      '统一社会信用代码',
      '提交时间（北京时间）',
    ]);
    expect(row?.[0]).toBe(target.code);
    expect(row?.[3]).toBe(target.title);
    expect(row?.[5]).toBe(target.teamName);
    expect(row?.[6]).toBe(target.organization);
    expect(rest).toEqual([]);
    await page.getByText(/已生成 报名汇总表-/).waitFor();

    // Open the entry: identity and the deck area.
    await listRows(page).first().getByRole('link').click();
    await page.waitForURL(`${BASE_URL}/c/${CID}/organizer/entries/${target.id}`);
    const identity = page.getByTestId('identity');
    await identity.getByText(target.teamName, { exact: true }).waitFor();
    await identity.getByText(target.organization, { exact: true }).waitFor();
    await identity.getByText(target.contactName, { exact: false }).first().waitFor();
    await page.getByTestId('deck-area').waitFor();
    await page.getByRole('heading', { name: target.title }).waitFor();
    await lookAt(page, 'entry-admin-detail-zh-CN-1280');
    // Back keeps the search.
    await page.getByRole('link', { name: '返回参赛项目列表' }).click();
    await page.getByTestId('entry-admin').waitFor();
    await context.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a phone and a desktop (${locale})`, async () => {
      const { context, page } = await newPage(browser, PHONE, locale);
      await openList(page);
      await listRows(page).first().waitFor();
      await lookAtBothWidths(page, (width) => `entries-admin-${locale}-${width}`);
      await listRows(page).first().getByRole('link').click();
      await page.getByTestId('identity').waitFor();
      await lookAtBothWidths(page, (width) => `entry-admin-detail-${locale}-${width}`);
      await context.close();
    });
  }
});

describe('one entry (organizer, own team in the open competition)', () => {
  let team: OpenTeam;
  beforeAll(async () => {
    team = await createOpenTeam('资格测试团队', {
      content: {
        title: '高原冷链物流监测',
        field: '数字经济',
        summary: '第一行\n第二行',
        answers: { 'team-size': 12, registered: 'planned' },
      },
    });
    // The file answer and the deck, uploaded as the browser would.
    const file = `competitions/${OPEN_CID}/entries/${team.eid}/files/certificates.pdf`;
    await adminDb.doc(`competitions/${OPEN_CID}/entries/${team.eid}`).update({ 'answers.certificates': file });
    await bucket().file(file).save(makePdf(), { contentType: 'application/pdf', resumable: false });
    expect(await uploadDeck(team.eid)).toBe(true);
    // The entry stays a draft: the Storage trigger deletes a file that lands on a
    // submitted entry, and it may still be checking the answer's file.
  });

  it('shows the answers, file and deck, and disqualifies and reinstates with a reason', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, ORGANIZER, undefined, `/c/${OPEN_CID}/organizer/entries/${team.eid}`);
    await page.getByTestId('identity').getByText(team.teamName).waitFor();
    // Answers under their labels: number, choice label, file link.
    await page.getByText('团队人数').waitFor();
    await page.getByText('计划获奖后落地').waitFor();
    await page.getByRole('link', { name: '下载 certificates.pdf' }).waitFor();
    // The deck in the viewer.
    await page.getByRole('button', { name: '查看路演材料' }).click();
    await page.getByTestId('deck-area').locator('canvas').waitFor();

    // Disqualify: a reason is required.
    const card = page.getByTestId('eligibility');
    await card.getByRole('button', { name: '取消资格' }).click();
    const dialog = page.getByTestId('eligibility-dialog');
    await dialog.getByText(/退出评审分配和排名/).waitFor();
    await dialog.getByRole('button', { name: '确认取消资格' }).click();
    await dialog.getByText('请填写原因。').waitFor();
    expect((await storedEntry(team.eid)).status).toBe('draft');
    await lookAt(page, 'entry-admin-dialog-zh-CN-1280');
    await dialog.getByLabel('原因').fill('项目与他人作品高度雷同');
    await dialog.getByRole('button', { name: '确认取消资格' }).click();
    await card.getByText('已取消该项目的参赛资格。').waitFor();
    await card.getByText('原因：项目与他人作品高度雷同').waitFor();
    expect((await storedEntry(team.eid)).status).toBe('disqualified');
    await page.getByTestId('history').getByText('原因：项目与他人作品高度雷同').waitFor();
    await lookAt(page, 'entry-admin-disqualified-zh-CN-1280');

    // Reinstate: back to a draft (it was never submitted), both decisions in the history.
    await card.getByRole('button', { name: '恢复资格' }).click();
    await dialog.getByLabel('原因').fill('复核后确认为原创');
    await dialog.getByRole('button', { name: '确认恢复资格' }).click();
    await card.getByText('已恢复参赛资格，项目为“草稿”状态。').waitFor();
    expect((await storedEntry(team.eid)).status).toBe('draft');
    const history = page.getByTestId('history');
    await history.getByText('原因：复核后确认为原创').waitFor();
    expect(await history.locator('[data-type="entry.disqualified"]').count()).toBe(1);
    expect(await history.locator('[data-type="entry.reinstated"]').count()).toBe(1);

    // The list shows it as a draft again.
    await page.goto(`${BASE_URL}/c/${OPEN_CID}/organizer/entries?q=${encodeURIComponent(team.teamName)}`);
    await expect.poll(() => listRows(page).getAttribute('data-status')).toBe('draft');
    await context.close();

    const en = await newPage(browser, PHONE, 'en');
    await signIn(en.page, ORGANIZER, undefined, `/c/${OPEN_CID}/organizer/entries/${team.eid}`);
    await en.page.getByTestId('identity').getByText(team.teamName).waitFor();
    await en.page.getByRole('button', { name: 'Disqualify' }).click();
    await en.page
      .getByTestId('eligibility-dialog')
      .getByText(/leaves assignment and ranking/)
      .waitFor();
    await lookAtBothWidths(en.page, (width) => `entry-admin-dialog-en-${width}`);
    await en.context.close();
    const zhPhone = await newPage(browser, PHONE, 'zh-CN');
    await signIn(zhPhone.page, ORGANIZER, undefined, `/c/${OPEN_CID}/organizer/entries/${team.eid}`);
    await zhPhone.page.getByTestId('identity').getByText(team.teamName).waitFor();
    await zhPhone.page.getByRole('button', { name: '取消资格' }).click();
    await zhPhone.page
      .getByTestId('eligibility-dialog')
      .getByText(/退出评审分配和排名/)
      .waitFor();
    await lookAt(zhPhone.page, 'entry-admin-dialog-zh-CN-375');
    await zhPhone.context.close();
  });
});
