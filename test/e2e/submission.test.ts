// Submission and receipt: teams of the open demo competition (xining-2022),
// each set up here as registerTeam leaves it (entry, identity, membership, an
// Auth user) with its content filled in and a real PDF deck uploaded to
// Storage (the trigger records it). Submitted through the submitEntry
// callable, the receipt is read, printed and locked by the deadline; a
// second team cannot open it.
import { Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp as initializeWebApp } from 'firebase/app';
import { connectAuthEmulator, getAuth as getWebAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/lib/format/date';
import {
  BASE_URL,
  DESKTOP,
  launchBrowser,
  lookAt,
  lookAtBothWidths,
  newPage,
  PHONE,
  screenshotFor,
  signIn,
} from './browser';
import {
  adminDb,
  CID,
  createOpenTeam,
  entryRef,
  PROJECT_ID,
  uploadDeck as uploadOpenTeamDeck,
  type OpenTeam,
} from './open-team';

const PASSWORD = 'secret-pass-1';
const competitionRef = () => adminDb.doc(`competitions/${CID}`);
const receiptUrl = (eid: string) => `${BASE_URL}/c/${CID}/team/entries/${eid}/receipt`;
const entryUrl = (eid: string) => `${BASE_URL}/c/${CID}/team/entries/${eid}`;

type Team = OpenTeam & { title: string };

let teams = 0;

/** Uploads a deck as the browser would, and waits for the Storage trigger to record it on the entry. */
async function uploadDeck(eid: string): Promise<void> {
  expect(await uploadOpenTeamDeck(eid), 'the Storage trigger records the deck on the entry').toBe(true);
}

const ANSWERS = { 'team-size': 6, ip: '两项发明专利申请中', registered: 'planned' };

/** A team as registerTeam leaves it, its entry filled in (these answers) and, unless told, its deck uploaded. */
async function newTeam({ answers = ANSWERS, deck = true }: { answers?: object; deck?: boolean } = {}): Promise<Team> {
  const n = ++teams;
  const title = `高原藜麦精深加工 ${n}`;
  const team = await createOpenTeam(`提交测试团队 ${n} <b>&</b>`, {
    password: PASSWORD,
    content: {
      title,
      field: '农产品加工',
      summary: '把青海藜麦做成即食产品。',
      problem: '藜麦初加工附加值低。',
      solution: '低温膨化与冻干工艺。',
      stage: 'prototype',
      financing: '天使轮 200 万元',
      answers: answers as Record<string, string | number>,
    },
  });
  if (deck) await uploadDeck(team.eid);
  return { ...team, title };
}

/** Where the Functions emulator listens, as the emulator hub lists it. */
async function functionsHost(): Promise<{ host: string; port: number }> {
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (!hub) throw new Error('FIREBASE_EMULATOR_HUB is not set: run this suite through npm run test:e2e.');
  const listed = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  if (!listed.functions) throw new Error('The Functions emulator is not running.');
  return listed.functions;
}

let webApps = 0;
/** Calls a callable as the team, with the web SDK (what the page's code does). */
async function callAs(team: Team, name: string, data: Record<string, unknown>): Promise<unknown> {
  const app = initializeWebApp({ projectId: PROJECT_ID, apiKey: 'demo-key' }, `submission-${++webApps}`);
  try {
    const auth = getWebAuth(app);
    connectAuthEmulator(auth, `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}`, { disableWarnings: true });
    await signInWithEmailAndPassword(auth, team.email, PASSWORD);
    const functions = getFunctions(app);
    const { host, port } = await functionsHost();
    connectFunctionsEmulator(functions, host, port);
    return (await httpsCallable(functions, name)(data)).data;
  } finally {
    await deleteApp(app);
  }
}

async function openReceipt(page: Page, team: Team) {
  await signIn(page, team.email, PASSWORD, receiptUrl(team.eid).slice(BASE_URL.length));
  await page.getByTestId('receipt').waitFor();
}

let browser: Browser;
let submitted: Team;

beforeAll(async () => {
  browser = await launchBrowser();
  submitted = await newTeam();
});
afterAll(async () => {
  await browser?.close();
});

describe('submission and receipt', () => {
  it('before submitting there is no receipt, with the way back to the entry', async () => {
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await signIn(page, submitted.email, PASSWORD, receiptUrl(submitted.eid).slice(BASE_URL.length));
    await page.getByTestId('no-receipt').waitFor();
    expect(await page.getByTestId('no-receipt').textContent()).toContain('草稿');
    expect(await page.getByRole('link', { name: '返回项目页面' }).getAttribute('href')).toBe(
      `/c/${CID}/team/entries/${submitted.eid}`,
    );
    await lookAt(page, 'receipt-none-375-zh-CN');
    await context.close();
  });

  it('submitEntry submits (a repeat changes nothing) and the receipt shows it, phone and desktop, both languages', async () => {
    const first = (await callAs(submitted, 'submitEntry', { competitionId: CID, entryId: submitted.eid })) as {
      submittedAt: number;
    };
    const again = (await callAs(submitted, 'submitEntry', { competitionId: CID, entryId: submitted.eid })) as {
      submittedAt: number;
    };
    expect(again.submittedAt).toBe(first.submittedAt);
    const stored = (await entryRef(submitted.eid).get()).get('submittedAt') as Timestamp;
    expect(stored.toMillis()).toBe(first.submittedAt);

    // Both widths on one page per language, resized in place (see lookAtBothWidths).
    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await newPage(browser, PHONE, locale);
      await openReceipt(page, submitted);
      const text = (await page.getByTestId('receipt').textContent()) ?? '';
      expect(text).toContain(submitted.code);
      expect(text).toContain(submitted.title);
      // Text, never HTML: the tags in the team's name are shown as typed.
      expect(text).toContain(submitted.teamName);
      expect(text).toContain(locale === 'zh-CN' ? '团队组' : 'Team track');
      expect(text).toContain(locale === 'zh-CN' ? '已提交' : 'Submitted');
      expect(text).toContain(formatDateTime(first.submittedAt, locale));
      expect(text).toContain(locale === 'zh-CN' ? '西宁第二届' : 'Xining Second');
      await lookAtBothWidths(page, (width) => `receipt-${width}-${locale}`);
      await context.close();
    }
  });

  it('prints only the receipt, black on white', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'zh-CN');
    await openReceipt(page, submitted);
    expect(await page.getByRole('banner').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // The app's header (navigation, language, account) and the buttons are gone.
    expect(await page.locator('body > #root header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false);
    expect(await page.getByTestId('receipt').isVisible()).toBe(true);
    const colours = await page.evaluate(() => {
      const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
      return {
        body: style(document.body)?.backgroundColor,
        text: style(document.querySelector('[data-testid="receipt"] dd'))?.color,
      };
    });
    expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    await lookAt(page, 'receipt-print');
    await context.close();
  });

  it('another team cannot open the receipt: not found or no access', async () => {
    const other = await newTeam();
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await signIn(page, other.email, PASSWORD, receiptUrl(submitted.eid).slice(BASE_URL.length));
    await page.getByTestId('entry-not-found').waitFor();
    expect(await page.getByTestId('receipt').count()).toBe(0);
    expect(await page.getByRole('link', { name: '返回我的项目' }).getAttribute('href')).toBe(`/c/${CID}/team`);
    await lookAt(page, 'receipt-no-access-375-zh-CN');
    await context.close();
  });

  it('on the entry page: what is missing, submit, reopen, withdraw with confirmation', async () => {
    const { ip: _, ...withoutIp } = ANSWERS;
    const team = await newTeam({ answers: withoutIp, deck: false });
    const { context, page } = await newPage(browser, PHONE, 'zh-CN');
    await signIn(page, team.email, PASSWORD, entryUrl(team.eid).slice(BASE_URL.length));
    const panel = page.getByTestId('submission-panel');
    await panel.waitFor();
    const missing = () => panel.getByRole('listitem').allTextContents();
    await expect
      .poll(missing)
      .toEqual(['核心技术与知识产权（专利、软著等）此项为必填项', '商业计划书或路演 PDF请上传商业计划书或路演 PDF']);
    const submit = page.getByRole('button', { name: '提交项目' });
    expect(await submit.isDisabled()).toBe(true);
    await screenshotFor(panel, 'submission-panel-missing-375-zh-CN');
    await lookAt(page, 'submission-draft-375-zh-CN');

    // The item takes the team to the field; once filled (and the deck recorded) nothing is missing.
    await panel.getByRole('button', { name: /核心技术与知识产权/ }).click();
    const ipField = page.getByLabel(/核心技术与知识产权/);
    await expect.poll(() => ipField.evaluate((el) => el === document.activeElement)).toBe(true);
    await ipField.fill('两项发明专利申请中');
    await expect.poll(missing).toEqual(['商业计划书或路演 PDF请上传商业计划书或路演 PDF']);
    await uploadDeck(team.eid);
    await panel.getByText('必填内容已全部完成，可以提交了。').waitFor();
    await submit.click();
    await page.getByTestId('receipt').waitFor();
    expect((await entryRef(team.eid).get()).get('status')).toBe('submitted');

    await page.getByRole('link', { name: '返回项目页面' }).click();
    await page.locator('[data-testid="submission-panel"][data-status="submitted"]').waitFor();
    expect((await entryRef(team.eid).get()).get('answers.ip')).toBe('两项发明专利申请中');
    await lookAt(page, 'submission-submitted-375-zh-CN');
    await screenshotFor(panel, 'submission-panel-submitted-375-zh-CN');
    await page.getByRole('button', { name: '撤回项目' }).click();
    await page.getByText('确定要撤回这个项目吗？').waitFor();
    await screenshotFor(panel, 'submission-panel-withdraw-375-zh-CN');
    await page.getByRole('button', { name: '确认撤回' }).click();
    await page.locator('[data-testid="submission-panel"][data-status="withdrawn"]').waitFor();
    await page.getByRole('button', { name: '重新打开修改' }).click();
    await page.locator('[data-testid="submission-panel"][data-status="draft"]').waitFor();
    expect((await entryRef(team.eid).get()).get('status')).toBe('draft');
    await context.close();
  });

  it('after the deadline nothing can change: the receipt says so and changeEntryStatus is refused', async () => {
    const original = (await competitionRef().get()).get('submissionDeadline') as Timestamp;
    const deadline = Date.now() - 60_000;
    await competitionRef().update({ submissionDeadline: Timestamp.fromMillis(deadline) });
    try {
      const { context, page } = await newPage(browser, PHONE, 'zh-CN');
      await openReceipt(page, submitted);
      expect(await page.getByTestId('receipt-window').textContent()).toBe('提交已截止，项目不能再更改。');
      expect(await page.getByTestId('receipt').textContent()).toContain(formatDateTime(deadline, 'zh-CN'));
      await lookAt(page, 'receipt-closed-375-zh-CN');

      await page.goto(entryUrl(submitted.eid));
      const panel = page.getByTestId('submission-panel');
      await panel.waitFor();
      expect(await panel.textContent()).toContain('项目不能再修改、提交或撤回');
      await screenshotFor(panel, 'submission-panel-closed-375-zh-CN');
      expect(await page.getByTestId('submission-panel').getByRole('button').count()).toBe(0);
      await context.close();

      const refusal = await callAs(submitted, 'changeEntryStatus', {
        competitionId: CID,
        entryId: submitted.eid,
        action: 'reopen',
      }).then(
        () => null,
        (error: unknown) => error as { code?: string; details?: { reason?: string; deadline?: number } },
      );
      expect(refusal?.code).toBe('functions/failed-precondition');
      expect(refusal?.details).toEqual({ reason: 'window-closed', deadline });
      expect((await entryRef(submitted.eid).get()).get('status')).toBe('submitted');
    } finally {
      await competitionRef().update({ submissionDeadline: original });
    }
  });
});
