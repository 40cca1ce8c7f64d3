// The people page and the invitation link, on a competition of this suite's
// own (a copy of the open demo edition owned by the demo organizer): invite a
// judge and a co-organizer by pasting, see the links and QR codes; the judge
// opens the link signed out, signs up with the invited email, accepts and
// lands on the judge's home; another account is refused the same link; a
// revoked invitation says so; the organizer edits the new judge's tags,
// conflicts and track pool. Every screen at 375 and 1280, zh-CN and en.
import { FieldValue } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankEntry } from '../../src/domain/model';
import {
  BASE_URL,
  DESKTOP,
  launchBrowser,
  lookAt,
  lookAtBothWidths,
  newPage,
  PHONE,
  signIn,
  type WidthLabel,
} from './browser';
import { adminDb, ownCopyOfOpenCompetition } from './open-team';

const run = Date.now().toString(36);
const CID = `people-e2e-${run}`;
const JUDGE_EMAIL = `judge-${run}@example.com`;
const COORG_EMAIL = `coorg-${run}@example.com`;
const OTHER_EMAIL = `other-${run}@example.com`;
const PASSWORD = 'longenough1';
const peoplePath = `/c/${CID}/organizer/people`;
const ENTRY_TITLE = '高原光伏储能一体化项目';

let browser: Browser;
let judgeLink = '';
let coorgLink = '';

beforeAll(async () => {
  browser = await launchBrowser();
  await ownCopyOfOpenCompetition(CID, `人员邀请测试赛 ${run}`, `People test competition ${run}`);
  // One entry, for the conflict picker.
  await adminDb.doc(`competitions/${CID}/entries/e1`).set({
    ...blankEntry('E-001', 'enterprise'),
    title: ENTRY_TITLE,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
    submittedAt: null,
  });
});
afterAll(async () => {
  await browser?.close();
});

const invitationItem = (page: Page, email: string) =>
  page.getByTestId('invitation-list').locator(`[data-testid="invitation"][data-email="${email}"]`);

async function invite(page: Page, role: 'judge' | 'organizer', text: string) {
  await page.getByRole('radio', { name: role === 'judge' ? /^评委$/ : /^组织方/ }).check();
  await page.getByLabel('受邀人员').fill(text);
}

async function signUpOnPage(page: Page, name: string, email: string | null) {
  await page.getByLabel(/^(姓名|Name)$/).fill(name);
  if (email !== null) await page.getByLabel(/^(邮箱|Email)$/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(PASSWORD);
  await page.getByLabel(/^(确认密码|Confirm password)$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(注册|Sign up)$/ }).click();
}

const storedInvitation = async (email: string) => {
  const snap = await adminDb.collection(`competitions/${CID}/invitations`).where('email', '==', email).get();
  return snap.docs[0]?.data();
};

describe('people page and invitations', () => {
  it('invites a judge and a co-organizer by pasting, with per-row problems, links and QR codes', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, 'organizer@demo.local', undefined, peoplePath);
    await page.getByRole('heading', { level: 1, name: '人员与邀请' }).waitFor();
    await page.getByText('还没有发出任何邀请。').waitFor();
    await page.getByText('还没有评委。', { exact: false }).waitFor();
    await lookAt(page, 'people-empty-desktop-zh');

    await invite(page, 'judge', `新评委 ${JUDGE_EMAIL}\n坏行, bad@\n只有名字\n新评委\t${JUDGE_EMAIL.toUpperCase()}`);
    const preview = page.getByTestId('people-preview');
    await expect.poll(() => preview.getByRole('listitem').count()).toBe(4);
    await page.getByText('共 4 行：1 行可发送，3 行有问题（不会发送）').waitFor();
    await preview.getByText('第 2 行 · 邮箱：请输入有效的邮箱地址').waitFor();
    await preview.getByText('第 3 行 · 邮箱：这一行没有邮箱地址').waitFor();
    await preview.getByText('第 4 行 · 邮箱：与前面的行邮箱重复').waitFor();
    await lookAt(page, 'people-preview-desktop-zh');

    await page.getByRole('button', { name: '生成 1 个邀请链接' }).click();
    const result = page.getByTestId('invite-result');
    await result.getByText('已生成 1 个邀请').waitFor();
    judgeLink = await result.getByTestId('invitation-link').inputValue();
    expect(judgeLink).toMatch(new RegExp(`/invite/${CID}/[A-Za-z0-9_-]{20,}$`));
    await result.getByRole('button', { name: '显示二维码' }).click();
    await expect.poll(() => result.getByTestId('invitation-qr').getAttribute('src')).toMatch(/^data:image\/png/);
    await lookAt(page, 'people-result-desktop-zh');

    await result.getByRole('button', { name: '继续邀请' }).click();
    // The owner may invite organizers.
    await invite(page, 'organizer', `协办方 ${COORG_EMAIL}`);
    await page.getByRole('button', { name: '生成 1 个邀请链接' }).click();
    await result.getByText('已生成 1 个邀请').waitFor();
    coorgLink = await result.getByTestId('invitation-link').inputValue();
    await result.getByRole('button', { name: '继续邀请' }).click();
    // The same judge again is skipped, with the reason.
    await invite(page, 'judge', JUDGE_EMAIL);
    await page.getByRole('button', { name: '生成 1 个邀请链接' }).click();
    await result.getByText('没有生成新的邀请。').waitFor();
    await page
      .getByTestId('invite-skipped')
      .getByText(/已有未过期的邀请/)
      .waitFor();
    await result.getByRole('button', { name: '继续邀请' }).click();

    // The list: newest first, both pending, each with its link and a QR code.
    const judgeItem = invitationItem(page, JUDGE_EMAIL);
    await expect.poll(() => judgeItem.getAttribute('data-state')).toBe('pending');
    expect(await invitationItem(page, COORG_EMAIL).getAttribute('data-state')).toBe('pending');
    expect(await page.getByTestId('invitation').first().getAttribute('data-email')).toBe(COORG_EMAIL);
    expect(await judgeItem.getByTestId('invitation-link').inputValue()).toBe(judgeLink);
    await judgeItem.getByRole('button', { name: '显示二维码' }).click();
    await judgeItem.getByRole('img', { name: /新评委 的邀请链接二维码/ }).waitFor();
    await lookAt(page, 'people-invitations-desktop-zh');

    const stored = await storedInvitation(JUDGE_EMAIL);
    expect(stored).toMatchObject({ role: 'judge', name: '新评委', status: 'pending', competitionId: CID });
    expect((await storedInvitation(COORG_EMAIL))?.role).toBe('organizer');
    await context.close();
  });

  it('the judge opens the link signed out, signs up with the invited email, accepts and lands on the judge home', async () => {
    expect(judgeLink).not.toBe('');
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await page.goto(judgeLink);
    const pending = page.getByTestId('invitation-pending');
    await pending.getByRole('heading', { name: '邀请你担任评委' }).waitFor();
    await pending.getByText(`人员邀请测试赛 ${run}`).waitFor();
    await pending.getByText(JUDGE_EMAIL, { exact: true }).waitFor();
    await lookAt(page, 'invite-signed-out-phone-zh');

    await pending.getByRole('link', { name: '用受邀邮箱注册' }).click();
    await page.getByRole('heading', { name: '注册账号' }).waitFor();
    expect(await page.getByLabel(/^邮箱$/).inputValue()).toBe(JUDGE_EMAIL);
    await signUpOnPage(page, '新评委', null);

    // Back on the invitation, signed in with the invited email.
    await pending.getByRole('button', { name: '接受邀请' }).waitFor();
    await lookAt(page, 'invite-accept-phone-zh');
    await pending.getByRole('button', { name: '接受邀请' }).click();
    await page.getByTestId('home-judge').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/c/${CID}/judge`);
    expect((await storedInvitation(JUDGE_EMAIL))?.status).toBe('accepted');

    // The link again: accepted by you, with the way in.
    await page.goto(judgeLink);
    await page.getByTestId('invitation-mine').waitFor();
    await lookAt(page, 'invite-mine-phone-zh');
    await context.close();
  });

  it('another account is refused the same link', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'en');
    await page.goto(`${BASE_URL}/sign-up?next=${encodeURIComponent(new URL(coorgLink).pathname)}`);
    await signUpOnPage(page, 'Someone Else', OTHER_EMAIL);
    const wrong = page.getByTestId('invitation-wrong-email');
    await wrong.waitFor();
    expect(await wrong.textContent()).toContain(COORG_EMAIL);
    expect(await wrong.textContent()).toContain(OTHER_EMAIL);
    expect(await page.getByRole('button', { name: 'Accept the invitation' }).count()).toBe(0);
    await lookAt(page, 'invite-wrong-email-desktop-en');

    // Used already: the judge's link tells this account it is taken.
    await page.goto(judgeLink);
    await page.getByTestId('invitation-used').waitFor();
    await lookAt(page, 'invite-used-desktop-en');

    // Signing out stays on the invitation, ready for the right account.
    await page.goto(coorgLink);
    await page.getByTestId('invitation-pending').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign up with the invited email' }).waitFor();
    expect((await storedInvitation(COORG_EMAIL))?.status).toBe('pending');
    await context.close();
  });

  it('revokes an invitation, and its link says so', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, 'organizer@demo.local', undefined, peoplePath);
    const item = invitationItem(page, COORG_EMAIL);
    await item.getByRole('button', { name: '撤销邀请' }).click();
    await item.getByText(`撤销后这个链接立即失效，${COORG_EMAIL} 将无法再用它加入。确定撤销吗？`).waitFor();
    await lookAt(page, 'people-revoke-confirm-desktop-zh');
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/revokeInvitation') && r.request().method() === 'POST',
    );
    await item.getByRole('button', { name: '确认撤销' }).click();
    const response = await answer;
    expect(`${response.status()} ${await response.text()}`).toMatch(/^200 /);
    await expect.poll(() => item.getAttribute('data-state')).toBe('revoked');
    await item.getByText('已撤销', { exact: true }).waitFor();
    expect((await storedInvitation(COORG_EMAIL))?.status).toBe('revoked');
    expect(await invitationItem(page, JUDGE_EMAIL).getAttribute('data-state')).toBe('accepted');

    const signedOut = await newPage(browser, PHONE, 'zh-CN');
    await signedOut.page.goto(coorgLink);
    await signedOut.page.getByTestId('invitation-revoked').getByText('邀请已撤销').waitFor();
    await lookAt(signedOut.page, 'invite-revoked-phone-zh');
    await signedOut.context.close();
    await context.close();
  });

  it("edits the new judge's tags, conflicts and track pool", async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, 'organizer@demo.local', undefined, peoplePath);
    const judge = page.getByTestId('judge-list').locator(`[data-testid="judge"][data-email="${JUDGE_EMAIL}"]`);
    await judge.getByTestId('judge-progress').getByText('已提交 0 / 0').waitFor();
    await judge.getByRole('button', { name: '编辑评审资料' }).click();
    const editor = judge.getByTestId('judge-profile');
    await editor.getByRole('textbox', { name: '专长领域' }).fill('光伏');
    await editor.getByRole('textbox', { name: '专长领域' }).press('Enter');
    await editor.getByRole('textbox', { name: '专长领域' }).fill('储能');
    await editor.getByRole('button', { name: '添加' }).first().click();
    await editor.getByRole('textbox', { name: '工作单位' }).fill('青海大学');
    await editor.getByRole('textbox', { name: '工作单位' }).press('Enter');
    await editor.getByRole('searchbox', { name: '搜索项目' }).fill('1');
    await editor.getByRole('button', { name: '回避 E-001' }).click();
    await editor.getByText(`E-001 ${ENTRY_TITLE}`).waitFor();
    await editor.getByRole('checkbox', { name: '企业组' }).check();
    await lookAt(page, 'people-judge-profile-desktop-zh');
    await editor.getByRole('button', { name: '保存评审资料' }).click();
    await editor.getByText('评审资料已保存。').waitFor();
    await judge.getByTestId('judge-tags').getByText('光伏、储能').waitFor();
    await judge.getByTestId('judge-tracks').getByText('企业组').waitFor();

    const snap = await adminDb.collection(`competitions/${CID}/members`).where('email', '==', JUDGE_EMAIL).get();
    expect(snap.docs[0]?.data()).toMatchObject({
      role: 'judge',
      tags: ['光伏', '储能'],
      organizations: ['青海大学'],
      conflicts: ['e1'],
      trackIds: ['enterprise'],
    });
    await context.close();
  });

  // Both widths on one page per language, resized in place (see lookAtBothWidths).
  it.each(['zh-CN', 'en'] as const)('looks right on a phone and a desktop in %s', async (locale) => {
    const lang = locale === 'en' ? 'en' : 'zh';
    const tag = (width: WidthLabel) => `${width === '375' ? 'phone' : 'desktop'}-${lang}`;
    const { context, page } = await newPage(browser, PHONE, locale);
    await signIn(page, 'organizer@demo.local', undefined, peoplePath);
    await page.getByTestId('invitation-list').waitFor();
    await page.getByTestId('judge').first().waitFor();
    await page.getByTestId('organizer-list').waitFor();
    await lookAtBothWidths(page, (width) => `people-${tag(width)}`);

    // A fresh pending invitation with its QR code, and the judge's editor open.
    await page.getByLabel(/受邀人员|People to invite/).fill(`look-${lang}-${run}@example.com`);
    await page.getByRole('button', { name: /生成 1 个邀请链接|Create 1 invitation link/ }).click();
    const result = page.getByTestId('invite-result');
    await result.getByRole('button', { name: /显示二维码|Show QR code/ }).click();
    await result.getByTestId('invitation-qr').waitFor();
    await page
      .getByTestId('judge')
      .first()
      .getByRole('button', { name: /编辑评审资料|Edit judge profile/ })
      .click();
    await page.getByTestId('judge-profile').waitFor();
    await lookAtBothWidths(page, (width) => `people-result-${tag(width)}`);
    const link = await result.getByTestId('invitation-link').inputValue();
    await context.close();

    const guest = await newPage(browser, PHONE, locale);
    await guest.page.goto(link);
    await guest.page.getByTestId('invitation-pending').waitFor();
    await lookAtBothWidths(guest.page, (width) => `invite-${tag(width)}`);
    await guest.page.goto(`${BASE_URL}/invite/${CID}/no-such-token`);
    await guest.page.getByTestId('invitation-unknown').waitFor();
    await lookAtBothWidths(guest.page, (width) => `invite-unknown-${tag(width)}`);
    await guest.context.close();
  });
});
