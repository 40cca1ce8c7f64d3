// New accounts made through the app's own pages, as a person does it: the
// sign-up form, an invitation made on the people page, and an invitation
// link accepted in a fresh, signed-out browser.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage, PHONE } from './browser';

export interface Person {
  name: string;
  email: string;
}

/** Fills the sign-up form (the email may be given by an invitation already). */
export async function signUp(page: Page, person: Person, password: string, emailGiven = false): Promise<void> {
  await page.getByRole('heading', { name: /^(注册账号|Create an account)$/ }).waitFor();
  await page.getByLabel(/^(姓名|Name)$/).fill(person.name);
  if (emailGiven) expect(await page.getByLabel(/^(邮箱|Email)$/).inputValue()).toBe(person.email);
  else await page.getByLabel(/^(邮箱|Email)$/).fill(person.email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByLabel(/^(确认密码|Confirm password)$/).fill(password);
  await page.getByRole('button', { name: /^(注册|Sign up)$/ }).click();
}

/** On the people page (zh-CN): pastes one person into the invitation form and returns the link it makes. */
export async function inviteOne(page: Page, role: 'judge' | 'organizer', person: Person): Promise<string> {
  await page.getByRole('radio', { name: role === 'judge' ? /^评委$/ : /^组织方/ }).check();
  await page.getByLabel('受邀人员').fill(`${person.name} ${person.email}`);
  await page.getByRole('button', { name: '生成 1 个邀请链接' }).click();
  const result = page.getByTestId('invite-result');
  // Maybe the first call of createInvitations: the emulator may load it first.
  await result.getByText('已生成 1 个邀请').waitFor({ timeout: 60_000 });
  const link = await result.getByTestId('invitation-link').inputValue();
  await result.getByRole('button', { name: '继续邀请' }).click();
  return link;
}

/** Opens an invitation link signed out on a phone (zh-CN), signs up with the invited email and accepts. */
export async function acceptAsNewUser(
  browser: Browser,
  link: string,
  person: Person,
  password: string,
  competitionTitle: string,
) {
  const { context, page } = await newPage(browser, PHONE, 'zh-CN');
  await page.goto(link);
  const pending = page.getByTestId('invitation-pending');
  await pending.getByText(competitionTitle).waitFor();
  await pending.getByRole('link', { name: '用受邀邮箱注册' }).click();
  await signUp(page, person, password, true);
  await pending.getByRole('button', { name: '接受邀请' }).click();
  return { context, page };
}
