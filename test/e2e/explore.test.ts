// Finding a competition, signed out: the public list, one competition with its
// rules, and the way to register (sign up, then back to the registration page).
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAtBothWidths, newPage, PHONE, SCREENSHOT_DIR } from './browser';

const OPEN_ID = 'xining-2022';
const TITLE = {
  'zh-CN': '西宁第二届“相约高新区”创新创业大赛',
  en: 'Xining Second "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
} as const;
// The organizer's rules are in Chinese only: the same text in both languages.
const RULES_LINE = '一、参赛对象：在西宁或有意在西宁落地的科技型企业';
const REGISTER_NEXT = `/sign-up?next=${encodeURIComponent(`/explore/${OPEN_ID}/register`)}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('a signed-out visitor finds the open competition', () => {
  it('sees it in the list, opens it, reads the rules and is offered to register', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/explore`);
    await page.getByRole('heading', { level: 1, name: '开放报名的赛事' }).waitFor();
    const card = page.getByRole('article', { name: TITLE['zh-CN'] });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toMatch(/距截止还剩 \d+ 天/);
    expect(await card.textContent()).toContain('（北京时间）');

    await card.getByRole('link', { name: `查看详情：${TITLE['zh-CN']}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE['zh-CN'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/explore/${OPEN_ID}`);
    const rules = page.getByTestId('explore-rules');
    await expect.poll(() => rules.textContent()).toContain(RULES_LINE);
    // Line breaks of the plain-text rules are shown as line breaks.
    expect(await rules.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-line');
    expect(await rules.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);

    const register = page.getByRole('link', { name: '报名参赛', exact: true });
    expect(await register.getAttribute('href')).toBe(REGISTER_NEXT);
    await context.close();
  });

  it('signs up from "register a team" and lands on the registration page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/explore/${OPEN_ID}`);
    await page.getByRole('link', { name: '报名参赛', exact: true }).click();
    await page.getByRole('heading', { name: '注册账号' }).waitFor();
    await page.getByLabel('姓名').fill('新团队');
    await page.getByLabel('邮箱').fill(`explore-${Date.now()}@example.com`);
    await page.getByLabel('密码', { exact: true }).fill('secret-pass-1');
    await page.getByLabel('确认密码').fill('secret-pass-1');
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByTestId('registration-form').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/explore/${OPEN_ID}/register`);
    await context.close();
  });

  it('is linked from the sign-in page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/sign-in`);
    await page.getByRole('link', { name: '查看开放报名的赛事' }).click();
    await page.getByRole('article', { name: TITLE['zh-CN'] }).waitFor();
    await context.close();
  });

  it('shows the not-found page for a competition that is not public', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/explore/no-such-competition`);
    await page.getByTestId('not-found').waitFor();
    await context.close();
  });
});

// Screenshots for people to look at (test-results/screenshots/); the
// assertion is that neither page scrolls sideways on a 375 px phone.
describe('the list and the competition fit a phone and a desktop, in Chinese and English', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(locale, async () => {
      // Both widths on one page (the Chinese one opens the competition on a
      // desktop, the English one on a phone).
      const { context, page } = await newPage(browser, locale === 'zh-CN' ? PHONE : DESKTOP, locale);
      await page.goto(`${BASE_URL}/explore`);
      const card = page.getByRole('article', { name: TITLE[locale] });
      await card.waitFor();
      await page.waitForLoadState('networkidle');
      await lookAtBothWidths(page, (width) => `explore-list-${locale}-${width}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);

      await card.getByRole('link').click();
      await page.getByTestId('explore-rules').waitFor();
      await expect.poll(() => page.getByTestId('explore-rules').textContent()).toContain(RULES_LINE);
      await page.waitForLoadState('networkidle');
      await lookAtBothWidths(page, (width) => `explore-detail-${locale}-${width}`);
      expect(await page.title()).toContain(TITLE[locale]);
      await context.close();
    });
  }
});
