// The organizer's publish page on a copy of the seeded competition (publishing
// changes state; the seeded one stays as other suites read it): compute,
// publish with a notice period and the award confidence, version 1 listed,
// the same computation again changes nothing; the export (its SHA-256), the
// CSV, the workbook and the certificates PDF download and open; a
// certificate page rendered to PNG.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, lookAt, newPage, PHONE, SCREENSHOT_DIR, signIn } from './browser';
import { adminDb, copyOfSeeded, forgetCopy } from './open-team';
import { downloaded } from './downloads';
import { renderPdfPage } from './render-pdf';

const ROUND = 'review';
const CID = `publish-${Date.now().toString(36)}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await copyOfSeeded(CID, '发布测试赛', 'Publish test');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await forgetCopy(CID);
});

const publishPage = (cid: string) => `/c/${cid}/organizer/publish?round=${ROUND}`;

describe('publish page', () => {
  it('computes, publishes with a notice period, and downloads the export, CSV, workbook and certificates', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, 'organizer@demo.local', undefined, publishPage(CID));
    await page.getByTestId('publish-page').waitFor();
    // Nothing computed yet: the way to the results preview.
    await page.getByText('这一轮还没有保存的计算').waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: '去成绩预览页计算' }).click();
    await page.getByRole('button', { name: '保存计算结果' }).click();
    await page.getByText(/SHA-256：[0-9a-f]{12}/).waitFor({ timeout: 120_000 });

    await page.goto(new URL(publishPage(CID), page.url()).href);
    await page.getByTestId('stored-computation').waitFor({ timeout: 30_000 });
    const stored = (await adminDb.doc(`competitions/${CID}/results/${ROUND}`).get()).data()!;
    const winners = (stored.results.groups as { entries: { award: string | null }[] }[])
      .flatMap((g) => g.entries)
      .filter((e) => e.award !== null).length;
    const rows =
      stored.results.groups.flatMap((g: { entries: unknown[] }) => g.entries).length + stored.results.unranked.length;
    expect(await page.getByTestId('award-list').getByRole('listitem').count()).toBe(winners);
    if (stored.pendingSheets > 0) await page.getByText(`还有 ${stored.pendingSheets} 份已分配的评分表未提交`).waitFor();
    await page.getByText('已保存（重抽 2000 次评审组，种子 1）').waitFor();
    await lookAt(page, 'publish-before-zh-CN-1280');

    // Publish with 5 days of public notice.
    await page.getByLabel('公示期（天）').fill('5');
    // The award confidence is off unless the organizer ticks it; the confirmation repeats the choice.
    await page.getByLabel('在公示页显示获奖稳定性（奖项置信度）').check();
    await page.getByRole('button', { name: '发布…' }).click();
    const dialog = page.getByTestId('publish-confirm');
    await dialog.getByText(/公示至/).waitFor();
    await dialog.getByText('公示页将显示每个获奖项目的奖项稳定性和名次范围。').waitFor();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('已发布为第 1 版。', { exact: true }).waitFor({ timeout: 120_000 });
    await page
      .getByTestId('version-1')
      .getByText(/公示中，至/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('public-link').inputValue()).toMatch(new RegExp(`/r/${CID}$`));
    await page.getByRole('button', { name: '显示二维码' }).click();
    await page.getByTestId('public-qr').waitFor();

    const v1 = (await adminDb.doc(`competitions/${CID}/publishedResults/v1`).get()).data()!;
    expect(v1.confidence).toEqual({ samples: 2000, seed: 1 });
    // The same computation again (the form keeps the version's choice): nothing changes.
    await page.getByRole('button', { name: '发布…' }).click();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('这次计算已经发布为第 1 版，没有任何改动。').waitFor({ timeout: 120_000 });
    expect((await adminDb.collection(`competitions/${CID}/publishedResults`).get()).size).toBe(1);

    // The export: the exact stored bytes.
    const exported = await downloaded(page, 'download-export');
    expect(createHash('sha256').update(exported.bytes).digest('hex')).toBe(stored.exportSha256);
    expect(exported.name).toContain(stored.exportSha256.slice(0, 8));

    // CSV: BOM, Chinese header, a row per ranked or unranked entry.
    const csv = (await downloaded(page, 'download-csv')).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFF名次,奖项,编号,项目名称,团队,单位,得分')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);

    // Workbook: one sheet per track, frozen Chinese header, scores as numbers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(page, 'download-excel')).bytes as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['企业组', '团队组']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('名次');
    expect(typeof sheet.getRow(2).getCell(7).value).toBe('number');

    // Certificates: a page per award winner, small thanks to the subset font.
    const certificates = await downloaded(page, 'download-certificates');
    const pdf = await PDFDocument.load(certificates.bytes);
    expect(pdf.getPageCount()).toBe(winners);
    expect(certificates.bytes.byteLength).toBeLessThan(500_000);
    await renderPdfPage(browser, certificates.bytes, join(SCREENSHOT_DIR, 'certificate-page-1.png'));

    // The judge key names the judges behind the letters.
    const key = (await downloaded(page, 'download-judge-key')).bytes.toString('utf8');
    expect(key.startsWith('\uFEFF代号,评委,邮箱\r\nA,')).toBe(true);
    await lookAt(page, 'publish-after-zh-CN-1280');
    await page.setViewportSize(PHONE);
    await lookAt(page, 'publish-after-zh-CN-375');
    await context.close();
  }, 900_000);

  it('reads in English on a phone and a desktop', async () => {
    const { context, page } = await newPage(browser, PHONE, 'en');
    await signIn(page, 'organizer@demo.local', undefined, publishPage(CID));
    await page.getByTestId('stored-computation').waitFor({ timeout: 60_000 });
    await page.getByTestId('version-1').waitFor({ timeout: 30_000 });
    await lookAt(page, 'publish-en-375');
    await page.setViewportSize(DESKTOP);
    await lookAt(page, 'publish-en-1280');
    await context.close();
  }, 300_000);
});
