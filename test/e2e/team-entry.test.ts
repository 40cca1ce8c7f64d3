// The team's entry page: the form saves itself, survives a reload and a lost
// connection, detects a change made elsewhere, hides other teams' entries,
// and turns read-only after the deadline (the rules refuse a direct write).
import { Timestamp } from 'firebase-admin/firestore';
import { doc, updateDoc, serverTimestamp } from 'firebase/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { paths } from '../../src/lib/paths';
import { signedInAs } from '../functions/web-client';
import { DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, PHONE, signIn } from './browser';
import { adminDb, CID, createOpenTeam, storedEntry } from './open-team';

const PASSWORD = 'demo1234';
const LONG = { timeout: 20_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const createTeam = (name: string) => createOpenTeam(name);
const stored = storedEntry;

async function openEntry(page: Page, email: string, eid: string) {
  await signIn(page, email, PASSWORD, paths.teamEntry(CID, eid));
  await page.getByTestId('entry-page').waitFor();
}

const status = (page: Page) => page.getByTestId('save-status');
const waitForStatus = (page: Page, text: RegExp) => status(page).filter({ hasText: text }).waitFor();
const SAVED = /^(已保存|Saved)$/;
const OFFLINE = /离线|Offline/;

/** The full SDK's streams (Firestore Lite, which loads the competition, uses plain REST calls). */
const LIVE_STREAMS = '**/google.firestore.v1.Firestore/**';

describe('the team entry page', () => {
  let team: { email: string; eid: string };
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    team = await createTeam('entry-team');
    ({ context, page } = await newPage(browser, DESKTOP));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('is reached from the team home', async () => {
    await signIn(page, team.email, PASSWORD, paths.roleHome(CID, 'team'));
    await page.getByRole('link', { name: '填写参赛作品' }).click();
    await page.getByTestId('entry-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(paths.teamEntry(CID, team.eid));
  });

  it('saves what is typed by itself, drops an emptied number, and keeps it across a reload', async () => {
    await page.locator('#entry-title').fill('高原藜麦<script>alert(1)</script>');
    await page.locator('#entry-field').fill('现代农业');
    await page.locator('#entry-summary').fill('把青海藜麦做成高附加值食品。');
    await page.locator('#entry-problem').fill('藜麦初级产品附加值低。');
    await page.locator('#entry-solution').fill('精深加工与品牌建设。');
    await page.getByRole('radio', { name: '已有原型或产品' }).check();
    await page.locator('#entry-answers-team-size').fill('12');
    await page.locator('#entry-answers-ip').fill('两项发明专利');
    await page.getByRole('radio', { name: '计划获奖后落地' }).check();

    await expect
      .poll(async () => (await stored(team.eid)).answers, LONG)
      .toEqual({
        'team-size': 12,
        ip: '两项发明专利',
        registered: 'planned',
      });
    await waitForStatus(page, SAVED);
    const saved = await stored(team.eid);
    expect(saved).toMatchObject({
      title: '高原藜麦<script>alert(1)</script>',
      field: '现代农业',
      stage: 'prototype',
      status: 'draft',
    });
    expect(saved.revision).toBeGreaterThan(0);
    // Text is shown as text, never run as markup.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('高原藜麦<script>alert(1)</script>');

    // An emptied number is no answer: the key is gone, not '' or NaN.
    await page.locator('#entry-answers-team-size').fill('');
    await expect.poll(async () => 'team-size' in (await stored(team.eid)).answers, LONG).toBe(false);
    await page.locator('#entry-answers-team-size').fill('8');
    await expect.poll(async () => (await stored(team.eid)).answers['team-size'], LONG).toBe(8);

    // An invalid value shows its error and is not saved; the rest still is.
    await page.locator('#entry-field').fill('x'.repeat(101));
    await page.locator('#entry-financing').fill('天使轮 200 万元');
    await expect.poll(async () => (await stored(team.eid)).financing, LONG).toBe('天使轮 200 万元');
    expect((await stored(team.eid)).field).toBe('现代农业');
    await waitForStatus(page, /未保存/);
    await page.locator('#entry-field-error').waitFor();
    await page.locator('#entry-field').fill('现代农业');
    await waitForStatus(page, SAVED);

    await page.reload();
    await page.getByTestId('entry-page').waitFor();
    expect(await page.locator('#entry-title').inputValue()).toBe('高原藜麦<script>alert(1)</script>');
    expect(await page.locator('#entry-answers-team-size').inputValue()).toBe('8');
    expect(await page.getByRole('radio', { name: '计划获奖后落地' }).isChecked()).toBe(true);
    await waitForStatus(page, SAVED);
  });

  it('keeps edits made offline on the device, also across a reload, and syncs them when back online', async () => {
    await context.setOffline(true);
    await page.locator('#entry-problem').fill('离线时写下的问题描述。');
    await page.locator('#entry-title').focus(); // leaving the field saves at once
    await waitForStatus(page, OFFLINE);
    // The save is in the local cache (a snapshot with pending writes came back).
    await page.locator('[data-pending-writes="true"]').waitFor();
    await lookAt(page, 'entry-offline-1280-zh-CN');

    // Reload with the live connection still cut (the page itself can load:
    // the SPA has no service worker): the draft comes from the persistent cache.
    await context.route(LIVE_STREAMS, (route) => route.abort());
    await context.setOffline(false);
    await page.reload();
    await page.getByTestId('entry-page').waitFor();
    expect(await page.locator('#entry-problem').inputValue()).toBe('离线时写下的问题描述。');
    await waitForStatus(page, OFFLINE);
    expect((await stored(team.eid)).problem).toBe('藜麦初级产品附加值低。');

    // Back online: the queued save reaches the server.
    await context.unroute(LIVE_STREAMS);
    await context.setOffline(true);
    await context.setOffline(false); // the 'online' event makes the SDK reconnect at once
    await expect.poll(async () => (await stored(team.eid)).problem, LONG).toBe('离线时写下的问题描述。');
    await waitForStatus(page, SAVED);
  });

  it('detects a change made on another device instead of overwriting it, and reloads the latest on request', async () => {
    const other = await newPage(browser, DESKTOP);
    await openEntry(other.page, team.email, team.eid);
    await waitForStatus(other.page, SAVED);

    // No unsaved edits here: a change made there simply shows up.
    await other.page.locator('#entry-field').fill('生物农业');
    await expect.poll(() => page.locator('#entry-field').inputValue(), LONG).toBe('生物农业');

    // Both edit the same revision: this one offline, the other saves first.
    await context.setOffline(true);
    await page.locator('#entry-summary').fill('本页的简介（离线）。');
    await waitForStatus(page, OFFLINE);
    await other.page.locator('#entry-summary').fill('另一台设备的简介。');
    await expect.poll(async () => (await stored(team.eid)).summary, LONG).toBe('另一台设备的简介。');
    await context.setOffline(false);

    const alert = page.getByRole('alert').filter({ hasText: '此项目已在其他地方被修改' });
    await alert.waitFor();
    // The other's save stands; this page's text is still on screen.
    expect((await stored(team.eid)).summary).toBe('另一台设备的简介。');
    expect(await page.locator('#entry-summary').inputValue()).toBe('本页的简介（离线）。');
    await lookAt(page, 'entry-conflict-1280-zh-CN');

    await alert.getByRole('button', { name: '载入最新版本' }).click();
    expect(await page.locator('#entry-summary').inputValue()).toBe('另一台设备的简介。');
    await alert.waitFor({ state: 'detached' });

    // Saving works again from the latest revision.
    await page.locator('#entry-summary').fill('合并后的简介。');
    await expect.poll(async () => (await stored(team.eid)).summary, LONG).toBe('合并后的简介。');
    await other.context.close();
  });

  it('looks right on a phone and a desktop, in Chinese and English', async () => {
    // Both widths on one page per language, resized in place (see lookAtBothWidths).
    for (const locale of ['zh-CN', 'en'] as const) {
      const view = await newPage(browser, PHONE, locale);
      await openEntry(view.page, team.email, team.eid);
      await waitForStatus(view.page, SAVED);
      await lookAtBothWidths(view.page, (width) => `entry-form-${width}-${locale}`);
      await view.context.close();
    }
  });

  it("another team opening this entry's address sees a not-found page", async () => {
    const intruder = await createTeam('other-team');
    const view = await newPage(browser, PHONE);
    await signIn(view.page, intruder.email, PASSWORD, paths.teamEntry(CID, team.eid));
    await view.page.getByTestId('entry-not-found').waitFor();
    await lookAt(view.page, 'entry-not-found-375-zh-CN');
    await view.page.getByRole('link', { name: '返回我的参赛项目' }).click();
    await view.page.getByTestId('home-team').waitFor();
    await view.context.close();
  });

  it('after the deadline the form is read-only and a direct write is refused', async () => {
    const competitionRef = adminDb.doc(`competitions/${CID}`);
    const original = (await competitionRef.get()).get('submissionDeadline') as Timestamp;
    await competitionRef.update({ submissionDeadline: Timestamp.fromMillis(Date.now() - 60_000) });
    // The other suites share this emulator: the deadline goes back whatever happens here.
    onTestFinished(() => competitionRef.update({ submissionDeadline: original }).then(() => undefined));
    await page.reload();
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('read-only').textContent()).toContain('截止，项目内容不能再修改');
    expect(await page.locator('#entry-title').isDisabled()).toBe(true);
    await lookAt(page, 'entry-read-only-1280-zh-CN');

    const web = await signedInAs(team.email);
    try {
      const before = await stored(team.eid);
      await expect(
        updateDoc(doc(web.db, 'competitions', CID, 'entries', team.eid), {
          title: '截止后改的标题',
          revision: before.revision + 1,
          updatedAt: serverTimestamp(),
        }),
      ).rejects.toMatchObject({ code: 'permission-denied' });
      expect((await stored(team.eid)).title).toBe(before.title);
    } finally {
      await web.close();
    }
  });
});
