// A newcomer registers a team: sign up from "register a team", the
// registration form with its checks (mobile number, credit code), a failed
// attempt offline that loses nothing, the entry it creates, and the page
// that answers a second registration.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, PHONE, SCREENSHOT_DIR } from './browser';

const CID = 'xining-2022';
const REGISTER = `/explore/${CID}/register`;
const ENTRY_URL = new RegExp(`^/c/${CID}/team/entries/([A-Za-z0-9]+)$`);
// GB 32100: a valid code, and the same with a wrong check character.
const CREDIT_CODE = '91630100MA7XY2K3LA';
const CREDIT_CODE_BAD_CHECK = '91630100MA7XY2K3L4';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

let accounts = 0;
/** Signs a brand-new user up on the way to the registration form. */
async function signUpToRegister(page: Page, locale: 'zh-CN' | 'en'): Promise<string> {
  const email = `registration-${Date.now()}-${++accounts}@example.com`;
  await page.goto(`${BASE_URL}/sign-up?next=${encodeURIComponent(REGISTER)}`);
  const zh = locale === 'zh-CN';
  await page.getByLabel(zh ? '姓名' : 'Name', { exact: true }).fill(zh ? '王小明' : 'Ming Wang');
  await page.getByLabel(zh ? '邮箱' : 'Email').fill(email);
  await page.getByLabel(zh ? '密码' : 'Password', { exact: true }).fill('secret-pass-1');
  await page.getByLabel(zh ? '确认密码' : 'Confirm password').fill('secret-pass-1');
  await page.getByRole('button', { name: zh ? '注册' : 'Sign up', exact: true }).click();
  await page.getByTestId('registration-form').waitFor();
  return email;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('a newcomer registers a team for the open competition', () => {
  it('signs up, is told what is wrong, fixes it, registers, and cannot register twice', async () => {
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await page.goto(`${BASE_URL}/sign-up?next=${encodeURIComponent(REGISTER)}`);
    await page.getByText('注册账号后即可为你的团队报名参赛，注册完成会回到报名表。').waitFor();
    await lookAt(page, 'registration-sign-up-375-zh-CN');

    const email = await signUpToRegister(page, 'zh-CN');
    expect(pathOf(page)).toBe(REGISTER);
    // The account's email is the contact email until changed.
    expect(await page.getByLabel('邮箱').inputValue()).toBe(email);

    await page.getByRole('radio', { name: '企业组' }).check();
    await page.getByLabel('团队名称').fill('青藜科技 <b>团队</b>');
    await page.getByLabel('企业名称').fill('西宁青藜科技有限公司');
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE_BAD_CHECK);
    await page.getByLabel('联系人姓名').fill('王小明');
    await page.getByLabel('手机号').fill('12345678');
    await page.getByLabel('姓名', { exact: true }).fill('王小明');
    await page.getByLabel('分工（选填）').fill('负责人');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByRole('group', { name: '成员 2' }).getByLabel('姓名', { exact: true }).fill('李四');
    await page.getByRole('button', { name: '提交报名' }).click();

    await page.getByText('请输入有效的中国大陆手机号（11 位，以 1 开头）').waitFor();
    await page.getByText('统一社会信用代码校验位不符，请对照营业执照核对').waitFor();
    expect(await page.getByLabel('手机号').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('统一社会信用代码').getAttribute('aria-invalid')).toBe('true');
    expect(pathOf(page)).toBe(REGISTER);
    await lookAt(page, 'registration-errors-filled-375-zh-CN');

    await page.getByLabel('手机号').fill('+86 139 0971 0000');
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE.toLowerCase());
    // Errors follow the typing once the form was submitted.
    await page.getByText('请输入有效的中国大陆手机号（11 位，以 1 开头）').waitFor({ state: 'detached' });

    // Offline: the call fails, the form says what to do, nothing typed is lost.
    await context.setOffline(true);
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByText(/报名没有提交成功：网络中断或服务器暂时无法访问/).waitFor();
    expect(await page.getByLabel('团队名称').inputValue()).toBe('青藜科技 <b>团队</b>');
    expect(await page.getByRole('group', { name: '成员 2' }).getByLabel('姓名', { exact: true }).inputValue()).toBe(
      '李四',
    );
    await lookAt(page, 'registration-offline-375-zh-CN');
    await context.setOffline(false);

    await page.getByRole('button', { name: '提交报名' }).click();
    await page.waitForURL((url) => ENTRY_URL.test(url.pathname));
    const entryPath = pathOf(page);

    // Registering again: the page says so and leads to the same entry.
    await page.goto(`${BASE_URL}${REGISTER}`);
    await page.getByTestId('registration-already').waitFor();
    await page.getByText('你已为本赛事报名了参赛团队').waitFor();
    expect(await page.getByRole('link', { name: '进入我的项目' }).getAttribute('href')).toBe(entryPath);
    expect(await page.getByTestId('registration-form').count()).toBe(0);
    await lookAt(page, 'registration-already-375-zh-CN');
    await context.close();
  });

  it('tells an organizer of the competition that this account cannot register a team', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'en');
    await page.goto(`${BASE_URL}/sign-in?next=${encodeURIComponent(REGISTER)}`);
    await page.getByLabel('Email').fill('organizer@demo.local');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('registration-other-role').waitFor();
    await page.getByText(/Your role in this competition: Organizer\./).waitFor();
    expect(await page.getByTestId('registration-form').count()).toBe(0);
    await lookAt(page, 'registration-other-role-1280-en');
    await context.close();
  });
});

// Screenshots for people to look at: the empty form and the form with its
// errors, at 375 px and 1280 px, in Chinese and English.
describe('the registration form fits a phone and a desktop, in Chinese and English', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(locale, async () => {
      // One account per language, both widths on the same page (the Chinese
      // one submits at desktop width, the English one on a phone).
      const { context, page } = await newPage(browser, locale === 'zh-CN' ? PHONE : DESKTOP, locale);
      await signUpToRegister(page, locale);
      await page.getByRole('radio', { name: locale === 'zh-CN' ? '企业组' : 'Enterprise track' }).check();
      await page.waitForLoadState('networkidle');
      await lookAtBothWidths(page, (width) => `registration-form-${width}-${locale}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);

      await page.getByRole('button', { name: locale === 'zh-CN' ? '提交报名' : 'Register', exact: true }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await lookAtBothWidths(page, (width) => `registration-errors-${width}-${locale}`);
      await context.close();
    });
  }
});
