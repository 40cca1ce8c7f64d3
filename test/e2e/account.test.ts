// Account journeys: sign-up, staying signed in across a reload, sign-out,
// the password reset link, the language choice, and role guards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, newPage, PHONE, signIn } from './browser';

const AUTH_EMULATOR = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signOut(page: Page) {
  await page.getByRole('button', { name: /账户菜单|Account menu/ }).click();
  await page.getByRole('button', { name: /^(退出登录|Sign out)$/ }).click();
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).waitFor();
}

describe('accounts', () => {
  it('the sign-in, sign-up, password reset and no-competition pages fit a phone and pass axe', async () => {
    for (const [label, viewport] of [
      ['375', PHONE],
      ['1280', DESKTOP],
    ] as const) {
      const { context, page } = await newPage(browser, viewport);
      for (const name of ['sign-in', 'sign-up', 'reset-password']) {
        await page.goto(`${BASE_URL}/${name}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await lookAt(page, `${name}-zh-CN-${label}`);
      }
      await context.close();
    }
  });

  it('a new user signs up, stays signed in after a reload, and signs out', async () => {
    const { context, page } = await newPage(browser);
    const email = `new-${Date.now()}@example.com`;
    await page.goto(`${BASE_URL}/sign-up`);
    await page.getByLabel('姓名').fill('新用户');
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码', { exact: true }).fill('secret-pass-1');
    await page.getByLabel('确认密码').fill('secret-pass-1');
    await page.getByRole('button', { name: '注册' }).click();

    // Not a member of any competition yet.
    await page.getByTestId('no-competition').waitFor();
    await expect.poll(() => page.getByTestId('no-competition').textContent()).toContain(email);

    await page.reload();
    await page.getByTestId('no-competition').waitFor();

    await signOut(page);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('sign-up refuses an address that is already registered', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/sign-up`);
    await page.getByLabel('姓名').fill('重复');
    await page.getByLabel('邮箱').fill('judge2@demo.local');
    await page.getByLabel('密码', { exact: true }).fill('secret-pass-1');
    await page.getByLabel('确认密码').fill('secret-pass-1');
    await page.getByRole('button', { name: '注册' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('该邮箱已被注册');
    await context.close();
  });

  it('a password reset sends a link, which the Auth emulator records', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/reset-password`);
    await page.getByLabel('邮箱').fill('judge3@demo.local');
    await page.getByRole('button', { name: '发送重置链接' }).click();
    await page.getByText('如果该邮箱已注册').waitFor();
    const res = await fetch(`http://${AUTH_EMULATOR}/emulator/v1/projects/demo-judging/oobCodes`);
    const { oobCodes } = (await res.json()) as { oobCodes: { email: string; requestType: string }[] };
    expect(oobCodes.some((c) => c.email === 'judge3@demo.local' && c.requestType === 'PASSWORD_RESET')).toBe(true);
    await context.close();
  });

  it('the language choice changes the interface and survives a reload', async () => {
    const { context, page } = await newPage(browser, undefined, 'zh-CN');
    await signIn(page, 'judge4@demo.local');
    await page.getByTestId('home-judge').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /review|Review|assign/i }).waitFor();
    await page.reload();
    await page.getByTestId('home-judge').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it("a judge who opens the organizer's page gets no access, and a signed-out visitor is sent to sign in", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'judge5@demo.local');
    await page.getByTestId('home-judge').waitFor();
    await page.goto(`${BASE_URL}/c/xining-2021/organizer`);
    await page.getByTestId('forbidden').waitFor();
    await signOut(page);
    await page.goto(`${BASE_URL}/c/xining-2021/judge`);
    await page.getByRole('button', { name: /^(登录|Sign in)$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/c/xining-2021/judge');
    await context.close();
  });
});
