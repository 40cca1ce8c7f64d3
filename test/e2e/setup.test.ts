// The organizer's set-up, as a new user meets it: sign in with no competition,
// create one from the preset, edit its basics and a track, take it to
// registration; a blank one is refused registration with the reason. Every
// screen at 375 and 1280 px in Chinese and English. The suite makes its own
// user and competitions, so it depends on no other suite.
import { mkdirSync } from 'node:fs';
import { getAuth } from 'firebase-admin/auth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  DESKTOP,
  launchBrowser,
  lookAtBothWidths,
  newPage,
  PHONE,
  SCREENSHOT_DIR,
  screenshotFor,
  signIn,
  widthOf,
  type WidthLabel,
} from './browser';
import { admin, adminDb } from './open-team';

const run = Date.now().toString(36);
const EMAIL = `setup-${run}@example.com`;
const PASSWORD = 'demo1234';
const TITLE = `第三届创新创业大赛 ${run}`;
const SECTIONS = ['basics', 'schedule', 'tracks', 'rounds', 'rubric', 'entryForm', 'scoring', 'awards'] as const;
// Creating runs a function: the first call may wait for the emulator to load it.
const SLOW = { timeout: 60_000 };

let browser: Browser;
let presetId = '';
let blankId = '';

const competition = async (cid: string) => (await adminDb.doc(`competitions/${cid}`).get()).data()!;
const settingsUrl = (cid: string) => `${BASE_URL}/c/${cid}/organizer/settings`;
const cidOf = (page: Page) => /\/c\/([^/]+)\/organizer\/settings/.exec(page.url())?.[1] ?? '';

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await getAuth(admin).createUser({ email: EMAIL, password: PASSWORD, displayName: '赵组织' });
});
afterAll(async () => {
  await browser?.close();
});

/** Fills the create page and waits for the new competition's settings page. */
async function createFrom(page: Page, template: 'preset' | 'blank', title: string): Promise<string> {
  await page.getByTestId(`template-${template}`).click();
  await page.getByLabel(/赛事名称（中文）|Name \(Chinese\)/).fill(title);
  await page.getByRole('button', { name: /^(创建赛事|Create the competition)$/ }).click();
  await page.waitForURL(/\/organizer\/settings/, SLOW);
  await page.getByTestId('status-stepper').waitFor(SLOW);
  return cidOf(page);
}

describe('a new user sets up a competition', () => {
  it('creates one from the preset, edits the basics and a track, and opens registration', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, EMAIL, PASSWORD);
    await page.getByTestId('no-competition').waitFor();
    await page.getByRole('link', { name: '创建新赛事' }).click();
    await page.getByRole('heading', { name: '创建赛事', level: 1 }).waitFor();
    await page.getByText('评分标准：技术创新 30、市场前景 25、商业模式 15、团队 20、财务与路演 10').waitFor();

    // Nothing typed: the name is asked for, and nothing is created.
    await page.getByRole('button', { name: '创建赛事' }).click();
    await page.getByText('此项为必填项').waitFor();

    presetId = await createFrom(page, 'preset', TITLE);
    expect(presetId).not.toBe('');
    const created = await competition(presetId);
    expect(created).toMatchObject({ title: TITLE, status: 'draft' });
    expect(created.tracks).toHaveLength(2);
    const steps = page.getByRole('list', { name: '赛事进程' });
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent(), SLOW).toContain('筹备中');

    // Basics: the organizer's name, saved on its own.
    const basics = page.getByTestId('section-basics');
    await basics.getByLabel('主办单位（中文）').fill('西宁高新区管委会');
    await basics.getByLabel('赛事简介（中文）').fill('第一行\n第二行');
    await basics.getByRole('button', { name: '保存' }).click();
    await basics.getByText('已保存').waitFor(SLOW);
    await expect.poll(async () => (await competition(presetId)).organizerName, SLOW).toBe('西宁高新区管委会');
    expect((await competition(presetId)).description).toBe('第一行\n第二行');

    // A track renamed; a bad code letter is refused on its field first.
    const tracks = page.getByTestId('section-tracks');
    const team = tracks.getByTestId('track-item').nth(1);
    await team.getByLabel('名称（中文）').fill('高校团队组');
    await team.getByLabel('编号前缀').fill('E');
    await tracks.getByRole('button', { name: '保存' }).click();
    await team.getByText('标识重复').waitFor();
    await team.getByLabel('编号前缀').fill('U');
    await tracks.getByRole('button', { name: '保存' }).click();
    await tracks.getByText('已保存').waitFor(SLOW);
    await expect
      .poll(async () => (await competition(presetId)).tracks[1], SLOW)
      .toMatchObject({ id: 'team', name: '高校团队组', codePrefix: 'U' });

    // The status: confirm what the step does, then registration opens.
    const stepper = page.getByTestId('status-stepper');
    await stepper.getByRole('button', { name: '下一步：报名中' }).click();
    await stepper.getByText('开放报名：参赛团队可以报名并提交项目').waitFor();
    await stepper.getByRole('button', { name: '确认' }).click();
    await stepper.getByText('赛事状态已改为「报名中」。').waitFor(SLOW);
    await expect.poll(() => steps.locator('[aria-current="step"]').textContent(), SLOW).toContain('报名中');
    expect((await competition(presetId)).status).toBe('registration');
    await context.close();
  }, 180_000);

  it('a blank competition is refused registration, with the reason and where to fix it', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, EMAIL, PASSWORD, '/competitions/new');
    await page.getByRole('heading', { name: '创建赛事', level: 1 }).waitFor();
    blankId = await createFrom(page, 'blank', `空白赛事 ${run}`);
    const stepper = page.getByTestId('status-stepper');
    await stepper.getByRole('button', { name: '下一步：报名中' }).click();
    await stepper.getByRole('button', { name: '确认' }).click();
    const alert = stepper.getByRole('alert');
    await alert.waitFor(SLOW);
    await expect.poll(() => alert.textContent()).toContain('还没有赛道：至少添加一个赛道。');
    expect(await alert.getByRole('link', { name: '去设置「赛道」' }).getAttribute('href')).toBe('#tracks');
    expect((await competition(blankId)).status).toBe('draft');
    await context.close();
  });
});

describe('the set-up screens fit a phone and a desktop, in Chinese and English', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`create page, settings sections, status steps and a refusal, ${locale}`, async () => {
      expect(presetId && blankId, 'the journey above made the competitions').toBeTruthy();
      // Both widths on one page, resized in place (see lookAtBothWidths); the
      // Chinese run starts on a phone, the English one on a desktop, so each
      // step is taken at both widths between the two.
      const name = (screen: string) => (width: WidthLabel) => `setup-${screen}-${locale}-${width}`;
      const { context, page } = await newPage(browser, locale === 'zh-CN' ? PHONE : DESKTOP, locale);
      const here = (screen: string) => name(screen)(widthOf(page));
      await signIn(page, EMAIL, PASSWORD, '/competitions/new');
      await page.getByTestId('template-preset').waitFor();
      await lookAtBothWidths(page, name('create'));
      // The copy choice lists the competitions this user organizes.
      await page.getByTestId('template-copy').click();
      await page.getByRole('radio', { name: TITLE }).waitFor(SLOW);
      await lookAtBothWidths(page, name('create-copy'));

      await page.goto(settingsUrl(presetId));
      await page.getByTestId('status-stepper').waitFor(SLOW);
      await page.getByTestId('section-awards').waitFor();
      await page.waitForLoadState('networkidle');
      await lookAtBothWidths(page, name('settings'));
      // The top of the page as it opens (the full page is too long to read).
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshotFor(page, here('settings-top'));
      for (const section of SECTIONS) {
        // Each section, as the navigation scrolls to it.
        await page.locator(`a[href="#${section}"]`).first().click();
        const card = page.locator(`[id="${section}"]`);
        await card.scrollIntoViewIfNeeded();
        await screenshotFor(card, here(`section-${section}`));
      }
      const stepper = page.getByTestId('status-stepper');
      await stepper.getByRole('button').first().click();
      await screenshotFor(stepper, here('status-confirm'));
      await lookAtBothWidths(page, name('settings-confirm'));

      await page.goto(settingsUrl(blankId));
      const blank = page.getByTestId('status-stepper');
      await blank.waitFor(SLOW);
      await blank.getByRole('button').first().click();
      await blank.getByRole('button', { name: /^(确认|Confirm)$/ }).click();
      await blank.getByRole('alert').waitFor(SLOW);
      await screenshotFor(blank, here('status-refused'));
      await lookAtBothWidths(page, name('settings-refused'));
      await context.close();
      // Two widths, many screens, a function call each: more than the default minute on a busy machine.
    }, 240_000);
  }
});
