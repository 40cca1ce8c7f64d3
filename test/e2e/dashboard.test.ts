// The organizer's live dashboard on a competition of this suite's own (a
// copy of the seeded review round with four entries and three judges): it
// shows the progress documents the triggers keep, and follows a judge's
// submission by itself, without a reload.
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp as initializeWebApp } from 'firebase/app';
import { connectAuthEmulator, getAuth as getWebAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, lookAtBothWidths, newPage, PHONE, refuseListenStreams, signIn } from './browser';
import { adminDb, forgetCopy, PROJECT_ID, SEEDED_CID } from './open-team';

const CID = 'dashboard-e2e';
const ROUND = 'review';
const JUDGES = ['j1', 'j2', 'j3'];
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let entryIds: string[] = [];
let scores: Record<string, number> = {};

/**
 * The copy: the review round closed yesterday (so unfinished judges are
 * overdue); j1 submitted all four entries; the fourth entry has two judges
 * because j3 recused from it, and waits for a replacement.
 */
async function ownCompetition() {
  const base = `competitions/${SEEDED_CID}`;
  const [competition, members, entries] = await Promise.all([
    adminDb.doc(base).get(),
    adminDb.collection(`${base}/members`).where('role', 'in', ['organizer', 'judge']).get(),
    adminDb.collection(`${base}/entries`).where('status', '==', 'submitted').orderBy('__name__').limit(4).get(),
  ]);
  const data = competition.data()!;
  const rounds = (data.rounds as Array<Record<string, unknown>>).map((r) =>
    r.id === ROUND ? { ...r, closesAt: Timestamp.fromMillis(Date.now() - DAY) } : r,
  );
  const review = rounds.find((r) => r.id === ROUND) as { rubric: { criteria: Array<{ id: string; max: number }> } };
  scores = Object.fromEntries(review.rubric.criteria.map((c) => [c.id, c.max]));
  entryIds = entries.docs.map((d) => d.id);

  const batch = adminDb.batch();
  batch.set(adminDb.doc(`competitions/${CID}`), {
    ...data,
    rounds,
    title: '实时进度演示赛',
    titleEn: 'Live progress demo',
  });
  for (const m of members.docs) {
    if (m.get('role') === 'organizer' || JUDGES.includes(m.id)) {
      batch.set(adminDb.doc(`competitions/${CID}/members/${m.id}`), { ...m.data(), competitionId: CID });
    }
  }
  for (const e of entries.docs) batch.set(adminDb.doc(`competitions/${CID}/entries/${e.id}`), e.data());
  const last = entryIds[3]!;
  for (const judgeUid of JUDGES) {
    for (const entryId of entryIds) {
      if (judgeUid === 'j3' && entryId === last) continue;
      batch.set(adminDb.doc(`competitions/${CID}/assignments/${judgeUid}__${entryId}`), {
        judgeUid,
        entryId,
        roundIds: [ROUND],
        assignedAt: FieldValue.serverTimestamp(),
      });
    }
  }
  const sheet = (judgeUid: string, entryId: string, status: 'submitted' | 'recused') =>
    batch.set(adminDb.doc(`competitions/${CID}/sheets/${ROUND}__${judgeUid}__${entryId}`), {
      roundId: ROUND,
      judgeUid,
      entryId,
      status,
      scores: status === 'submitted' ? scores : {},
      comments: {},
      comment: '',
      revision: 1,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: status === 'submitted' ? FieldValue.serverTimestamp() : null,
      reopened: null,
    });
  for (const entryId of entryIds) sheet('j1', entryId, 'submitted');
  sheet('j3', last, 'recused');
  await batch.commit();
}

/**
 * Polls until `check` holds. The emulator hands the triggers one event at a
 * time, so the copy's events may wait their turn behind other suites' on a
 * busy machine.
 */
async function settles(check: () => Promise<boolean>, patienceMs = 420_000): Promise<boolean> {
  const deadline = Date.now() + patienceMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const roundProgress = async () => (await adminDb.doc(`competitions/${CID}/roundProgress/${ROUND}`).get()).data();

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

/** A judge submits a sheet with the web SDK, as the scoring page does. */
async function submitAs(email: string, entryId: string): Promise<void> {
  const app = initializeWebApp({ projectId: PROJECT_ID, apiKey: 'demo-key' }, `dashboard-${email}`);
  try {
    const auth = getWebAuth(app);
    connectAuthEmulator(auth, `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}`, { disableWarnings: true });
    await signInWithEmailAndPassword(auth, email, 'demo1234');
    const functions = getFunctions(app);
    const { host, port } = await functionsHost();
    connectFunctionsEmulator(functions, host, port);
    await httpsCallable(functions, 'submitSheet')({ competitionId: CID, roundId: ROUND, entryId, scores });
  } finally {
    await deleteApp(app);
  }
}

async function openDashboard(page: Page) {
  await signIn(page, 'organizer@demo.local', undefined, `/c/${CID}/organizer/dashboard`);
  await page.getByTestId('dashboard-totals').waitFor();
  await page.getByTestId('dashboard-short').waitFor();
}

const totalsBar = (page: Page) => page.getByRole('progressbar', { name: /本轮评分进度|Scoring progress/ });

beforeAll(async () => {
  browser = await launchBrowser();
  await ownCompetition();
  // The triggers have counted the copy (they run one event at a time).
  expect(
    await settles(async () => {
      const p = await roundProgress();
      return p?.assigned === 11 && p?.submitted === 4 && p?.recused === 1;
    }),
  ).toBe(true);
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await forgetCopy(CID);
});

describe('live dashboard', () => {
  it('shows the round and follows a judge submitting a sheet, without a reload', async () => {
    const { context, page } = await newPage(browser);
    await openDashboard(page);
    await expect.poll(() => totalsBar(page).getAttribute('aria-valuenow')).toBe('4');
    expect(await totalsBar(page).getAttribute('aria-valuemax')).toBe('11');
    const judges = page.getByTestId('dashboard-judges');
    const j2 = judges.locator('[data-judge="j2"]').getByRole('progressbar');
    expect(await j2.getAttribute('aria-valuetext')).toBe('0 / 4');
    // Both j2 and j3 are late (the round closed yesterday); j1 has finished.
    expect(await judges.getByText('逾期').count()).toBe(2);
    expect(await page.getByTestId('dashboard-awaiting').getByRole('listitem').count()).toBe(1);
    expect(await page.getByTestId('dashboard-short').getByRole('listitem').count()).toBe(4);

    await submitAs('judge2@demo.local', entryIds[0]!);
    await expect.poll(() => totalsBar(page).getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('5');
    await expect.poll(() => j2.getAttribute('aria-valuetext')).toBe('1 / 4');
    await context.close();
  });

  it('shows the round and still follows it by plain reads when the live listeners cannot get through', async () => {
    const { context, page } = await newPage(browser);
    const refused = await refuseListenStreams(context);
    await openDashboard(page);
    expect(refused()).toBeGreaterThan(0);
    // The first test's sheet is counted: 5 of 11.
    await expect.poll(() => totalsBar(page).getAttribute('aria-valuenow')).toBe('5');
    const j2 = page.getByTestId('dashboard-judges').locator('[data-judge="j2"]').getByRole('progressbar');
    await expect.poll(() => j2.getAttribute('aria-valuetext')).toBe('1 / 4');

    // Read again every 15 s (READ_AGAIN_EVERY_MS) while the listeners stay silent.
    await submitAs('judge2@demo.local', entryIds[1]!);
    await expect.poll(() => totalsBar(page).getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('6');
    await expect.poll(() => j2.getAttribute('aria-valuetext'), { timeout: 30_000 }).toBe('2 / 4');
    await context.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a phone and a desktop (${locale})`, async () => {
      const { context, page } = await newPage(browser, PHONE, locale);
      await openDashboard(page);
      await page.getByTestId('dashboard-entry-counts').waitFor();
      await page.getByTestId('dashboard-short').getByRole('link').first().waitFor();
      // Every listed entry's code and title read (by id, one read each).
      await expect.poll(() => page.getByText(/正在加载项目|Loading the entry/).count(), { timeout: 30_000 }).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await lookAtBothWidths(page, (width) => `dashboard-${locale}-${width}`);
      await context.close();
    });
  }
});
