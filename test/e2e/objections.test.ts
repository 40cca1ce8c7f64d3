// Public notice (公示) and objections (异议) in Chromium: a team of a
// competition of this suite's own sees its award in the version under notice
// and raises an objection; the organizer dismisses it with a reason on the
// objections page; the team then reads the answer. Screens at 375 and 1280,
// in zh-CN and en, of the team's result and of the organizer's page.
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankEntry } from '../../src/domain/model';
import { DESKTOP, launchBrowser, lookAt, newPage, PHONE, signIn } from './browser';
import { admin, adminDb, ownCopyOfOpenCompetition } from './open-team';

const run = Date.now().toString(36);
const cid = `objections-${run}`;
const DAY = 24 * 3600 * 1000;
const REASON = '我们的路演视频链接在评审期间失效，请核实是否影响了评分。';
const ANSWER = '经核实，评委评审时视频可以正常播放，评分有效。';
const team = { email: `objection-team-${run}@example.com`, password: 'demo1234', code: 'T-901', eid: '' };

/** A team with one submitted entry, and version 1 under notice for five days with the entry's first prize. */
async function setUp(): Promise<void> {
  await ownCopyOfOpenCompetition(cid, '异议测试大赛', 'Objections test competition');
  const competition = (await adminDb.doc(`competitions/${cid}`).get()).data()!;
  await adminDb.doc(`competitions/${cid}`).update({ status: 'review', feedbackToTeams: true });
  const track = (competition.tracks as { id: string; name: string; nameEn: string }[])[0]!;
  const round = (competition.rounds as { id: string; name: string; nameEn: string }[])[0]!;

  const { uid } = await getAuth(admin).createUser({
    email: team.email,
    password: team.password,
    displayName: '青藜团队',
  });
  const entry = adminDb.collection(`competitions/${cid}/entries`).doc();
  team.eid = entry.id;
  const now = Timestamp.now();
  await entry.create({
    ...blankEntry(team.code, track.id),
    title: '高原藜麦精深加工',
    status: 'submitted',
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
  });
  await adminDb.doc(`competitions/${cid}/entryIdentities/${entry.id}`).create({
    teamName: '青藜团队',
    organization: '青海大学',
    contactName: '张三',
    contactPhone: '13800138000',
    contactEmail: team.email,
    members: [{ name: '张三', role: '负责人' }],
    creditCode: '',
    ownerUids: [uid],
  });
  await adminDb.doc(`competitions/${cid}/members/${uid}`).create({
    uid,
    competitionId: cid,
    role: 'team',
    displayName: '青藜团队',
    email: team.email,
    entryIds: [entry.id],
    tags: [],
    organizations: [],
    conflicts: [],
    trackIds: [],
    addedAt: FieldValue.serverTimestamp(),
  });
  // Version 1 as publishResults writes it (PublishedVersion + results + publishedBy).
  await adminDb.doc(`competitions/${cid}/publishedResults/v1`).create({
    version: 1,
    roundId: round.id,
    roundName: round.name,
    roundNameEn: round.nameEn,
    publishedAt: Timestamp.fromMillis(Date.now() - DAY),
    reason: null,
    noticeUntil: Timestamp.fromMillis(Date.now() + 5 * DAY),
    computedAt: Timestamp.fromMillis(Date.now() - DAY - 60_000),
    exportSha256: 'b'.repeat(64),
    exportPath: `public/${cid}/v1/export.json`,
    method: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 1 },
    tiers: [
      {
        id: 'first',
        label: '一等奖',
        labelEn: 'First prize',
        track: track.id,
        trackName: track.name,
        trackNameEn: track.nameEn,
        entries: [
          {
            entryId: entry.id,
            code: team.code,
            title: '高原藜麦精深加工',
            team: '青藜团队',
            organization: '青海大学',
            score: '91.25',
            rank: 1,
          },
        ],
      },
    ],
    results: {
      format: 'judging-results/v1',
      competitionId: cid,
      groups: [{ track: track.id, entries: [{ entryId: entry.id, rank: 1, score: 91.25, sheets: 3, award: 'first' }] }],
      unranked: [],
    },
    publishedBy: 'organizer',
  });
  await adminDb.doc(`competitions/${cid}/feedback/${entry.id}`).create({
    entryId: entry.id,
    versionId: 'v1',
    sheets: [
      { criteria: {}, overall: '技术路线清晰，建议补充市场验证数据。' },
      { criteria: {}, overall: '团队分工合理。' },
    ],
  });
}

let browser: Browser;
beforeAll(async () => {
  [browser] = await Promise.all([launchBrowser(), setUp()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The same page in the other language (the app keeps the choice in localStorage). */
async function switchTo(page: Page, locale: 'zh-CN' | 'en') {
  await page.evaluate((lng) => window.localStorage.setItem('i18nextLng', lng), locale);
  await page.reload();
}

/** Full-page screens at 375 and 1280 of what is shown now. */
async function screens(page: Page, name: string, ready: () => Promise<unknown>) {
  for (const [label, viewport] of [
    ['375', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await ready();
    await page.evaluate(() => window.scrollTo(0, 0));
    await lookAt(page, `${name}-${label}`);
  }
}

describe('objections', () => {
  it('a team objects during the notice, the organizer dismisses it with a reason, the team reads the answer', async () => {
    const teamPage = (await newPage(browser, DESKTOP, 'zh-CN')).page;
    await signIn(teamPage, team.email, team.password, `/c/${cid}/team`);
    const result = teamPage.getByTestId('team-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('一等奖');
    expect(await result.textContent()).toContain('第 1 名');
    expect(await result.textContent()).toContain('公示期至');
    await teamPage.getByText('技术路线清晰，建议补充市场验证数据。').waitFor();

    await teamPage.getByLabel('异议理由').fill(REASON);
    await teamPage.getByRole('button', { name: '提交异议' }).click();
    await teamPage.getByText(/异议已提交/).waitFor({ timeout: 30_000 });
    await teamPage.getByTestId('team-objection').filter({ hasText: '待答复' }).waitFor();
    expect(await teamPage.getByTestId('objection-form').count()).toBe(0);

    const orgPage = (await newPage(browser, DESKTOP, 'zh-CN')).page;
    await signIn(orgPage, 'organizer@demo.local', undefined, `/c/${cid}/organizer/objections`);
    const card = orgPage.getByRole('region', { name: `作品 ${team.code}` });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toContain(REASON);
    await screens(orgPage, 'objections-organizer-zh-CN', () => card.getByTestId('answer-form').waitFor());

    // Sending without a decision is refused in words, before anything is sent.
    await card.getByRole('button', { name: '提交答复' }).click();
    await card.getByText('请选择异议是否成立').waitFor();
    await card.getByLabel('异议不成立').check();
    await card.getByLabel('答复理由（团队可见）').fill(ANSWER);
    await card.getByRole('button', { name: '提交答复' }).click();
    await card.getByTestId('objection-answer').waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('objection-answer').textContent()).toContain(ANSWER);

    await switchTo(orgPage, 'en');
    await orgPage.getByRole('button', { name: 'Answered' }).click();
    const answered = orgPage.getByRole('region', { name: `Entry ${team.code}` });
    await screens(orgPage, 'objections-organizer-en', () => answered.getByText(ANSWER).waitFor({ timeout: 30_000 }));

    await teamPage.reload();
    const mine = teamPage.getByTestId('team-objection');
    await mine.filter({ hasText: ANSWER }).waitFor({ timeout: 30_000 });
    expect(await mine.textContent()).toContain('异议不成立');
    // The form for a further objection loads on its own (a lazy chunk): wait for it, not its placeholder.
    const form = teamPage.getByTestId('objection-form');
    await screens(teamPage, 'objections-team-zh-CN', () =>
      Promise.all([mine.filter({ hasText: ANSWER }).waitFor(), form.waitFor()]),
    );
    await switchTo(teamPage, 'en');
    await screens(teamPage, 'objections-team-en', () =>
      Promise.all([teamPage.getByText('Dismissed').first().waitFor(), form.waitFor()]),
    );
    expect(await teamPage.getByTestId('team-result').textContent()).toContain('First prize');

    const audit = await adminDb.collection(`competitions/${cid}/audit`).get();
    expect(audit.docs.map((d) => d.get('type') as string).sort()).toEqual(['objection.answered', 'objection.raised']);
  }, 300_000);
});
