// The organizer's set-up end to end, as issue 9 tells it: a new user signs up,
// creates a competition from the preset, edits a criterion and adds an extra
// question, opens registration, invites a judge and a co-organizer; the judge
// opens the link in a fresh browser, signs up with the invited email and lands
// on the judge's home of that competition; another email is refused the same
// link; the co-organizer sees the settings; once a sheet of the round exists a
// rubric change is refused with the reason. Everything here is this suite's
// own (new accounts, a new competition), so it depends on no other suite.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Competition } from '../../src/domain/model';
import { acceptAsNewUser, inviteOne, signUp } from './accounts';
import { BASE_URL, DESKTOP, launchBrowser, lookAt, newPage, signIn } from './browser';
import { adminDb, eventually } from './open-team';

const run = Date.now().toString(36);
const OWNER = { name: '钱主任', email: `owner-${run}@example.com` };
const JUDGE = { name: '孙评委', email: `judge-${run}@example.com` };
const COORG = { name: '李协办', email: `coorg-${run}@example.com` };
const OTHER = { name: '周路人', email: `other-${run}@example.com` };
const PASSWORD = 'longenough1';
const TITLE = `高新区创新创业大赛 ${run}`;
// Calls to functions: the first of each may wait for the emulator to load it.
const SLOW = { timeout: 60_000 };

let browser: Browser;
let cid = '';
let judgeLink = '';
let coorgLink = '';

const stored = async () => (await adminDb.doc(`competitions/${cid}`).get()).data() as Competition;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the organizer's set-up journey", () => {
  it('a new user creates a competition from the preset, edits a criterion, adds a question, opens registration', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await page.goto(`${BASE_URL}/sign-up`);
    await signUp(page, OWNER, PASSWORD);
    await page.getByTestId('no-competition').waitFor(SLOW);
    await page.getByRole('link', { name: '创建新赛事' }).click();
    await page.getByTestId('template-preset').click();
    await page.getByLabel('赛事名称（中文）').fill(TITLE);
    await page.getByRole('button', { name: '创建赛事' }).click();
    await page.waitForURL(/\/organizer\/settings/, SLOW);
    cid = /\/c\/([^/]+)\/organizer\/settings/.exec(page.url())?.[1] ?? '';
    expect(cid).not.toBe('');
    const created = await stored();
    expect(created).toMatchObject({ title: TITLE, status: 'draft', tracks: [{ name: '企业组' }, { name: '团队组' }] });
    expect(created.awards.map((a) => a.count)).toEqual([2, 4, 6]);

    // A criterion of the review round: its weight, saved through the function.
    const rubric = page.getByTestId('rubric-form');
    const first = rubric.getByTestId('criterion-row').first();
    await first.getByLabel('权重', { exact: true }).fill('35');
    await rubric.getByRole('button', { name: '保存评分标准' }).click();
    await rubric.getByTestId('save-status').getByText('已保存').waitFor(SLOW);
    expect((await stored()).rounds[0]!.rubric.criteria[0]).toMatchObject({ name: '技术创新', weight: 35 });

    // An extra question on the entry form (a number without bounds: once saved
    // it must not read as an unsaved change).
    const questions = page.getByTestId('questions-form');
    await questions.getByRole('button', { name: '添加问题' }).click();
    const added = questions.getByTestId('question-row').last();
    await added.getByLabel('问题', { exact: true }).fill('核心专利数量');
    await added.getByLabel('英文问题', { exact: true }).fill('Core patents');
    await added.getByLabel('类型', { exact: true }).selectOption('number');
    await questions.getByRole('button', { name: '保存附加问题' }).click();
    await questions.getByTestId('save-status').getByText('已保存').waitFor(SLOW);
    expect((await stored()).entryForm.questions).toEqual([
      expect.objectContaining({ label: '核心专利数量', kind: 'number' }),
    ]);

    // Registration opens, one step, after saying what it does.
    const stepper = page.getByTestId('status-stepper');
    await stepper.getByRole('button', { name: '下一步：报名中' }).click();
    await stepper.getByRole('button', { name: '确认' }).click();
    await stepper.getByText('赛事状态已改为「报名中」。').waitFor(SLOW);
    expect((await stored()).status).toBe('registration');
    await lookAt(page, 'journey-settings-registration-desktop-zh');
    await context.close();
    // Four function calls, each maybe the first of its kind the emulator loads.
  }, 240_000);

  it('invites a judge and a co-organizer by link', async () => {
    expect(cid, 'the competition was created').not.toBe('');
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, OWNER.email, PASSWORD, `/c/${cid}/organizer/people`);
    await page.getByRole('heading', { level: 1, name: '人员与邀请' }).waitFor(SLOW);
    judgeLink = await inviteOne(page, 'judge', JUDGE);
    coorgLink = await inviteOne(page, 'organizer', COORG);
    expect(judgeLink).toMatch(new RegExp(`/invite/${cid}/[A-Za-z0-9_-]{20,}$`));
    expect(coorgLink).not.toBe(judgeLink);
    await lookAt(page, 'journey-people-desktop-zh');
    await context.close();
  });

  it('another email is refused the judge link', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await page.goto(`${BASE_URL}/sign-up?next=${encodeURIComponent(new URL(judgeLink).pathname)}`);
    await signUp(page, OTHER, PASSWORD);
    const wrong = page.getByTestId('invitation-wrong-email');
    await wrong.waitFor(SLOW);
    expect(await wrong.textContent()).toContain(JUDGE.email);
    expect(await page.getByRole('button', { name: '接受邀请' }).count()).toBe(0);
    // Nothing was given: the other account is no member, the invitation still waits.
    const members = await adminDb.collection(`competitions/${cid}/members`).where('email', '==', OTHER.email).get();
    expect(members.empty).toBe(true);
    await context.close();
  });

  it('the judge signs up from the link in a fresh browser and lands on the judge home', async () => {
    const { context, page } = await acceptAsNewUser(browser, judgeLink, JUDGE, PASSWORD, TITLE);
    await page.getByTestId('home-judge').waitFor(SLOW);
    expect(new URL(page.url()).pathname).toBe(`/c/${cid}/judge`);
    await lookAt(page, 'journey-judge-home-phone-zh');
    const member = await adminDb.collection(`competitions/${cid}/members`).where('email', '==', JUDGE.email).get();
    expect(member.docs[0]?.data()).toMatchObject({ role: 'judge', displayName: JUDGE.name });
    await context.close();
  });

  it('the co-organizer accepts and sees the settings', async () => {
    const { context, page } = await acceptAsNewUser(browser, coorgLink, COORG, PASSWORD, TITLE);
    await page.waitForURL(new RegExp(`/c/${cid}/organizer$`), SLOW);
    await page.goto(`${BASE_URL}/c/${cid}/organizer/settings`);
    const basics = page.getByTestId('section-basics');
    await basics.waitFor(SLOW);
    expect(await basics.getByLabel('赛事名称（中文）').inputValue()).toBe(TITLE);
    await lookAt(page, 'journey-coorganizer-settings-phone-zh');
    await context.close();
  });

  it('once a sheet of the round exists, a rubric change is refused with the reason', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await signIn(page, OWNER.email, PASSWORD, `/c/${cid}/organizer/settings`);
    const rubric = page.getByTestId('rubric-form');
    await rubric.getByRole('button', { name: '保存评分标准' }).waitFor(SLOW);

    // A judge's first sheet arrives while the page is open: the server refuses the change.
    const roundId = (await stored()).rounds[0]!.id;
    await adminDb.doc(`competitions/${cid}/sheets/${roundId}__judge__e1`).set({ roundId, status: 'draft' });
    await rubric.getByTestId('criterion-row').first().getByLabel('权重', { exact: true }).fill('50');
    await rubric.getByRole('button', { name: '保存评分标准' }).click();
    await rubric.getByText('本轮已有评分表，评分标准不能再修改', { exact: false }).waitFor(SLOW);
    expect((await stored()).rounds[0]!.rubric.criteria[0]!.weight).toBe(35);

    // Opened again, the rubric is read-only and says why.
    await page.reload();
    await rubric.getByTestId('rubric-locked').waitFor(SLOW);
    expect(await rubric.getByRole('button', { name: '保存评分标准' }).count()).toBe(0);
    await lookAt(page, 'journey-rubric-locked-desktop-zh');
    expect(await eventually(async () => (await stored()).rounds[0]!.rubric.criteria[0]!.weight === 35)).toBe(true);
    await context.close();
  });
});
