// The settings page's two editors on a competition of this suite's own (a
// copy of the open demo edition owned by the demo organizer): edit a
// criterion of the first round's rubric and add an extra question, both
// saved through updateCompetitionSettings; once a sheet of the round exists,
// the rubric is read-only with the reason. Every screen at 375 and 1280,
// zh-CN and en.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Competition } from '../../src/domain/model';
import type { EntryQuestion } from '../../src/domain/registration';
import { DESKTOP, launchBrowser, lookAt, newPage, PHONE, resizeTo, screenshotFor, signIn } from './browser';
import { adminDb, eventually, ownCopyOfOpenCompetition } from './open-team';

const run = Date.now().toString(36);
const CID = `rubric-e2e-${run}`;
const settingsPath = `/c/${CID}/organizer/settings`;
let browser: Browser;
let roundId = '';

const stored = async () => (await adminDb.doc(`competitions/${CID}`).get()).data() as Competition;

beforeAll(async () => {
  browser = await launchBrowser();
  await ownCopyOfOpenCompetition(CID, `评分标准测试赛 ${run}`, `Rubric test competition ${run}`);
  roundId = (await stored()).rounds[0]!.id;
});
afterAll(async () => {
  await browser?.close();
});

async function openSettings(viewport: typeof DESKTOP, locale: 'zh-CN' | 'en') {
  const { context, page } = await newPage(browser, viewport, locale);
  await signIn(page, 'organizer@demo.local', undefined, settingsPath);
  await page.getByTestId('rubric-form').waitFor();
  return { context, page };
}

/** The two editors on their own, to look at closely (lookAt takes the whole long page). */
async function lookAtEditors(page: Page, name: string) {
  await lookAt(page, name);
  for (const id of ['rubric', 'entryForm']) {
    const section = page.locator(`#${id}`);
    if ((await section.count()) > 0) await screenshotFor(section, `${name}-${id}`);
  }
}

describe('rubric and extra-question editors', () => {
  it('edits a criterion and adds a question, each saved on its own', async () => {
    const { context, page } = await openSettings(DESKTOP, 'zh-CN');
    const rubric = page.getByTestId('rubric-form');
    await rubric.getByRole('button', { name: '保存评分标准' }).waitFor();
    const first = rubric.getByTestId('criterion-row').first();
    await first.getByLabel('名称', { exact: true }).fill('技术创新与知识产权');
    await first.getByLabel('步长', { exact: true }).fill('0.3');
    await rubric.getByRole('button', { name: '保存评分标准' }).click();
    // Refused on the field before anything is sent.
    await first.getByText('步长必须能整除满分（如满分 10、步长 0.5）').waitFor();
    await first.getByLabel('步长', { exact: true }).fill('0.5');
    await first.getByLabel('权重', { exact: true }).fill('40');
    await rubric.getByRole('button', { name: '保存评分标准' }).click();
    await rubric.getByTestId('save-status').getByText('已保存').waitFor();
    expect(
      await eventually(async () => {
        const c = (await stored()).rounds.find((r) => r.id === roundId)!.rubric.criteria[0]!;
        return c.name === '技术创新与知识产权' && c.step === 0.5 && c.weight === 40;
      }),
    ).toBe(true);

    const questions = page.getByTestId('questions-form');
    const before = (await stored()).entryForm.questions.length;
    await questions.getByRole('button', { name: '添加问题' }).click();
    const added = questions.getByTestId('question-row').last();
    await added.getByLabel('问题', { exact: true }).fill('团队是否有海外成员');
    await added.getByLabel('英文问题', { exact: true }).fill('Any members abroad?');
    await added.getByLabel('类型', { exact: true }).selectOption('choice');
    const option = added.getByTestId('option-row').first();
    await option.getByLabel('选项', { exact: true }).fill('有');
    await option.getByLabel('英文选项', { exact: true }).fill('Yes');
    await added.getByLabel('必答').check();
    await questions.getByRole('button', { name: '保存附加问题' }).click();
    await questions.getByTestId('save-status').getByText('已保存').waitFor();
    expect(
      await eventually(async () => {
        const qs: EntryQuestion[] = (await stored()).entryForm.questions;
        const q = qs.at(-1);
        return qs.length === before + 1 && q?.label === '团队是否有海外成员' && q.kind === 'choice';
      }),
    ).toBe(true);
    const q = (await stored()).entryForm.questions.at(-1)!;
    expect(q).toMatchObject({ required: true, options: [{ label: '有', labelEn: 'Yes' }] });
    await lookAtEditors(page, 'rubric-editor-desktop-zh');
    // The same page on a phone, resized in place (see resizeTo in browser.ts).
    await resizeTo(page, PHONE);
    await lookAtEditors(page, 'rubric-editor-phone-zh');
    await context.close();
  });

  it('looks right in English on a phone and a desktop', async () => {
    const { context, page } = await openSettings(PHONE, 'en');
    await page.getByTestId('rubric-form').getByRole('button', { name: 'Save the rubric' }).waitFor();
    await lookAtEditors(page, 'rubric-editor-phone-en');
    await resizeTo(page, DESKTOP);
    await lookAtEditors(page, 'rubric-editor-desktop-en');
    await context.close();
  });

  it.each([
    ['rubric-locked-phone-zh', PHONE, 'zh-CN', '本轮已有评分表，评分标准不能再修改'],
    ['rubric-locked-desktop-en', DESKTOP, 'en', 'This round already has score sheets'],
  ] as const)(
    'shows the rubric read-only with the reason once a sheet of the round exists: %s',
    async (name, viewport, locale, reason) => {
      await adminDb.doc(`competitions/${CID}/sheets/lock-test`).set({ roundId, judgeUid: 'judge1', status: 'draft' });
      const { context, page } = await openSettings(viewport, locale);
      const rubric = page.getByTestId('rubric-form');
      await rubric.getByTestId('rubric-locked').getByText(reason, { exact: false }).waitFor();
      expect(await rubric.getByRole('button', { name: /保存|Save/ }).count()).toBe(0);
      expect(await rubric.getByTestId('criterion-row').first().getByRole('textbox').first().isDisabled()).toBe(true);
      await lookAtEditors(page, name);
      await context.close();
    },
  );
});
