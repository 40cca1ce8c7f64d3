// The fairness panel on the suite's own copy of the seeded competition (the
// seeded one stays as other suites read it): the table is the engine's numbers
// for the seeded round and the chart draws; then re-review and reopening.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/domain/fairness';
import { computeResults, type JudgingExportV1 } from '../../src/domain/results';
import { DESKTOP, launchBrowser, lookAt, newPage, PHONE, signIn } from './browser';
import { adminDb, copyOfSeeded, eventually, forgetCopy } from './open-team';

const CID = `fairness-${Date.now().toString(36)}`;
const ROUND = 'review';
const seededExport = JSON.parse(readFileSync('test/fixtures/demo-contest.export.json', 'utf8')) as JudgingExportV1;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await copyOfSeeded(CID, '公平性测试赛', 'Fairness test');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await forgetCopy(CID);
});

async function openFairness(page: Page, cid: string) {
  await signIn(page, 'organizer@demo.local', undefined, `/c/${cid}/organizer/fairness`);
  await page.getByTestId('fairness-page').waitFor();
  await page.getByTestId('fairness-judge-row').first().waitFor({ timeout: 30_000 });
}

describe('fairness panel', () => {
  it('shows the engine’s judge statistics and a chart of the seeded round, at 375 and 1280, zh-CN and en', async () => {
    const outcome = computeResults(seededExport);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const report = fairnessReport(outcome.analysis);

    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await newPage(browser, DESKTOP, locale);
      await openFairness(page, CID);
      if (locale === 'zh-CN') {
        const rows = page.getByTestId('fairness-judge-row');
        expect(await rows.count()).toBe(report.judges.length);
        for (const [i, judge] of report.judges.entries()) {
          expect(await rows.nth(i).getAttribute('data-judge')).toBe(judge.judgeId);
          expect(await rows.nth(i).getByTestId('judge-mean').textContent()).toBe(judge.mean.toFixed(2));
          expect(await rows.nth(i).getByTestId('judge-sd').textContent()).toBe(judge.sd.toFixed(2));
        }
        expect(await page.getByTestId('panel-row').textContent()).toContain(report.panel.mean.toFixed(2));
      }
      await page.getByTestId('judge-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('disagreement-row').first().waitFor();
      // The award confidence, from the worker: its contested lines, each share a fraction.
      await page.locator('[data-testid="confidence"][data-state="done"]').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('contested-line').count()).toBeGreaterThan(0);
      for (const share of await page.getByTestId('line-entry').evaluateAll((els) => els.map((e) => e.dataset.share))) {
        expect(Number(share)).toBeGreaterThanOrEqual(0);
        expect(Number(share)).toBeLessThan(0.9);
      }
      await lookAt(page, `fairness-${locale}-1280`);
      await page.setViewportSize(PHONE);
      await page.evaluate(() => window.scrollTo(0, 0));
      await lookAt(page, `fairness-${locale}-375`);
      await context.close();
    }
  }, 180_000);

  it('adds a judge to a disagreeing entry and reopens one of its sheets', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await openFairness(page, CID);

    const row = page.getByTestId('disagreement-row').first();
    const entryId = (await row.getAttribute('data-entry'))!;
    await row.getByRole('button', { name: /处理/ }).click();
    const actions = page.getByTestId('entry-actions');
    await actions.waitFor();

    const add = actions.getByTestId('add-judge');
    const judgePicker = add.getByLabel('评委', { exact: true });
    await judgePicker.waitFor();
    const judgeUid = (await judgePicker.locator('option').nth(1).getAttribute('value'))!;
    await judgePicker.selectOption(judgeUid);
    await add.getByRole('button', { name: '增加评委' }).click();
    await add.getByText(/已为 .+ 增加评委：/).waitFor({ timeout: 30_000 });
    const assignment = (await adminDb.doc(`competitions/${CID}/assignments/${judgeUid}__${entryId}`).get()).data();
    expect(assignment?.roundIds).toContain(ROUND);

    const reopen = actions.getByTestId('reopen-sheet');
    const sheetPicker = reopen.getByLabel('要退回的评分表');
    const sheetId = (await sheetPicker.locator('option').nth(1).getAttribute('value'))!;
    await sheetPicker.selectOption(sheetId);
    await reopen.getByLabel('退回原因（评委可见）').fill('总分与其他评委相差较大，请复核');
    await reopen.getByRole('button', { name: '退回评分表' }).click();
    await reopen.getByText(/已退回.+的评分表/).waitFor({ timeout: 30_000 });
    expect((await adminDb.doc(`competitions/${CID}/sheets/${sheetId}`).get()).get('status')).toBe('draft');
    // The live sheets show the reopened one as a draft.
    expect(
      await eventually(async () =>
        (await actions.getByTestId('entry-sheet').allTextContents()).some((t) => t.includes('草稿')),
      ),
    ).toBe(true);
    // From the top, so the sticky header is drawn where it belongs in a full-page shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await lookAt(page, 'fairness-actions-zh-CN-1280');
    await context.close();
  });
});
