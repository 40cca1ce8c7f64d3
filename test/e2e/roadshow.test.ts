// The live roadshow (issue 11) in Chromium, five browser contexts at once on
// an own copy of the seeded competition whose round 'final' is a roadshow:
// the organizer's stage control (1280 px) draws the running order and calls
// the first team; three judges on 375 px phones follow the stage by
// themselves, score when scoring opens and submit (one goes offline first:
// the submit waits on the phone and is sent on reconnect); the big screen
// (1920 × 1080, signed out, by its token) shows the reveal with the highest
// and lowest struck out and the final score equal to the results engine's
// over the stored sheets; the next team comes up on every phone by itself.
// A second organizer laptop in English follows the same stage live.
// Finalists, their judges (three new accounts) and the open round are set
// up with the Admin SDK, as advanceRound and the round settings leave them;
// everything on stage goes through the app and the stageControl function.
import { getAuth } from 'firebase-admin/auth';
import { FieldValue } from 'firebase-admin/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '@/domain/export';
import type { Competition, Entry, ScoreSheet } from '@/domain/model';
import { computeResults } from '@/domain/results';
import { drawOrder } from '@/domain/roadshow';
import { paths } from '@/lib/paths';
import { launchBrowser, lookAt, newPage, PHONE, signIn } from './browser';
import { admin, adminDb, copyOfSeeded, eventually, forgetCopy } from './open-team';

const CID = `roadshow-${Date.now().toString(36)}`;
const ROUND = 'final';
const LONG = { timeout: 45_000 };
const run = Date.now().toString(36);

const base = () => adminDb.doc(`competitions/${CID}`);
const stageDoc = async () => (await base().collection('stages').doc(ROUND).get()).data();

interface Judge {
  uid: string;
  email: string;
  /** The weighted total this judge gives (every criterion the same score, out of 100). */
  score: number;
}

let browser: Browser;
const judges: Judge[] = [];
/** The finalists: entry ids in code order, with their codes and titles. */
let finalists: { id: string; code: string; title: string }[] = [];
let criteria: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await copyOfSeeded(CID, '路演演示赛', 'Roadshow demo contest');
  const competition = (await base().get()).data()!;
  const rounds = competition.rounds as {
    id: string;
    kind: string;
    status: string;
    rubric: { criteria: { id: string }[] };
  }[];
  criteria = rounds.find((r) => r.id === ROUND)!.rubric.criteria.map((c) => c.id);
  // The roadshow round open, the review round closed (as the round settings leave them after the online review).
  await base().update({
    rounds: rounds.map((r) => ({ ...r, status: r.id === ROUND ? 'open' : 'closed' })),
    openRoundIds: [ROUND],
  });
  // Three finalists: the first submitted entries by code.
  const entries = await base().collection('entries').where('status', '==', 'submitted').get();
  finalists = entries.docs
    .map((d) => ({ id: d.id, code: d.get('code') as string, title: d.get('title') as string }))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .slice(0, 3);
  // Three judges of the final, new accounts (a demo judge is a member of the seeded edition too).
  for (const [i, score] of [90, 70, 80].entries()) {
    const email = `stage-judge-${run}-${i + 1}@example.com`;
    const { uid } = await getAuth(admin).createUser({ email, password: 'demo1234', displayName: `路演评委${i + 1}` });
    await base()
      .collection('members')
      .doc(uid)
      .set({
        uid,
        competitionId: CID,
        role: 'judge',
        displayName: `路演评委${i + 1}`,
        email,
        entryIds: [],
        tags: [],
        organizations: [],
        conflicts: [],
        trackIds: [],
        addedAt: FieldValue.serverTimestamp(),
      });
    judges.push({ uid, email, score });
  }
  // Every judge × every finalist, as advanceRound assigns a roadshow round.
  const batch = adminDb.batch();
  for (const j of judges) {
    for (const e of finalists) {
      batch.set(base().collection('assignments').doc(`${j.uid}__${e.id}`), {
        judgeUid: j.uid,
        entryId: e.id,
        roundIds: [ROUND],
        assignedAt: FieldValue.serverTimestamp(),
      });
    }
  }
  await batch.commit();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await forgetCopy(CID);
  await Promise.all(
    judges.map((j) =>
      getAuth(admin)
        .deleteUser(j.uid)
        .catch(() => undefined),
    ),
  );
});

/** The engine's result for one entry of the final over the sheets stored now. */
async function engineFor(entryId: string) {
  const competition = { ...(await base().get()).data(), id: CID } as unknown as Competition;
  const entries = (await base().collection('entries').get()).docs.map((d) => ({ ...d.data(), id: d.id }) as Entry);
  const sheets = (await base().collection('sheets').where('roundId', '==', ROUND).get()).docs.map(
    (d) => ({ ...d.data(), id: d.id }) as ScoreSheet,
  );
  const revealed = new Set((await stageDoc())?.revealed as string[]);
  const outcome = computeResults(
    buildExport(
      competition,
      ROUND,
      entries.filter((e) => revealed.has(e.id)),
      sheets,
    ),
  );
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const e = outcome.analysis.byId.get(entryId)!;
  return { score: e.score!.toFixed(2), totals: e.totals.map((t) => t.toFixed(2)) };
}

const stageUrl = paths.organizerStage(CID, ROUND);
const phoneUrl = paths.judgeStage(CID, ROUND);

async function phoneState(page: Page, testId: string) {
  await page.getByTestId(testId).waitFor(LONG);
}

async function score(page: Page, value: number) {
  for (const id of criteria) await page.getByTestId(`score-${id}`).fill(String(value));
  await page.getByTestId('overall-comment').focus(); // leaving a field saves at once
}

describe('live roadshow', () => {
  const phones: { context: BrowserContext; page: Page }[] = [];
  let organizer: Page;
  let organizerEn: Page;
  let screen: Page;

  it('draws, calls a team, three phones score (one offline), the screen reveals the engine score, the next team comes up on every phone', async () => {
    // --- the stage control: the first visit creates the stage in entry-number order.
    ({ page: organizer } = await newPage(browser, { width: 1280, height: 900 }, 'zh-CN'));
    await signIn(organizer, 'organizer@demo.local', 'demo1234', stageUrl);
    await organizer.getByTestId('stage-control').waitFor(LONG);
    await organizer.getByTestId('stage-order-row').first().waitFor(LONG);
    expect((await stageDoc())?.order).toEqual(finalists.map((e) => e.id));

    // The phones open before any team is called and wait.
    for (const [i, j] of judges.entries()) {
      const opened = await newPage(browser, PHONE, i === 1 ? 'en' : 'zh-CN', { offlineApp: true });
      phones.push(opened);
      await signIn(opened.page, j.email, 'demo1234', phoneUrl);
    }
    for (const { page } of phones) await phoneState(page, 'phone-waiting');
    await lookAt(phones[0]!.page, 'roadshow-phone-375-zh-CN-waiting');

    // --- draw by lot: the seed is shown and re-checks the order.
    await organizer.getByTestId('stage-draw-button').click();
    await organizer.getByTestId('stage-draw').waitFor(LONG);
    const drawn = await stageDoc();
    expect(drawn?.draw.order).toEqual(
      drawOrder(
        finalists.map((e) => e.id),
        drawn?.draw.seed as number,
      ),
    );
    expect(drawn?.order).toEqual(drawn?.draw.order);
    expect(await organizer.getByTestId('stage-draw').textContent()).toContain(String(drawn?.draw.seed));
    const order = drawn?.order as string[];
    // The judges' QR code is on the laptop's screen at once; the control also fits a phone.
    await organizer.getByTestId('stage-judge-qr').waitFor(LONG);
    await organizer.setViewportSize(PHONE);
    await lookAt(organizer, 'roadshow-stage-375-zh-CN-drawn');
    await organizer.setViewportSize({ width: 1280, height: 900 });
    const teamOf = (id: string) => finalists.find((e) => e.id === id)!;

    // --- the big screen's link, opened signed out at 1920 × 1080.
    await organizer.getByTestId('stage-screen-link-button').click();
    const link = organizer.getByTestId('stage-screen-link');
    await link.waitFor(LONG);
    const screenUrl = await link.inputValue();
    expect(screenUrl).toMatch(/\/screen\/[A-Za-z0-9_-]{32}$/);
    ({ page: screen } = await newPage(browser, { width: 1920, height: 1080 }, 'zh-CN'));
    await screen.goto(screenUrl);

    // --- the first team on stage, its pitch timer running.
    await organizer.getByTestId('stage-next').click();
    await organizer.locator('[data-testid="stage-current"][data-phase="on-stage"]').waitFor(LONG);
    await organizer.getByTestId('timer-pitch-start').click();
    await organizer.locator('[data-testid="timer-pitch"][data-state="running"]').waitFor(LONG);
    const first = teamOf(order[0]!);
    for (const { page } of phones) {
      await phoneState(page, 'phone-on-stage');
      await page.getByRole('heading', { level: 1, name: first.title }).waitFor(LONG);
    }
    await lookAt(phones[0]!.page, 'roadshow-phone-375-zh-CN-on-stage');
    await lookAt(phones[1]!.page, 'roadshow-phone-375-en-on-stage');
    await screen.getByText(first.title).first().waitFor(LONG);
    await lookAt(screen, 'roadshow-screen-1920-zh-CN-pitch');

    // A second organizer laptop, in English, sees the same stage live.
    ({ page: organizerEn } = await newPage(browser, { width: 1280, height: 900 }, 'en'));
    await signIn(organizerEn, 'organizer@demo.local', 'demo1234', stageUrl);
    await organizerEn.locator('[data-testid="stage-current"][data-phase="on-stage"]').waitFor(LONG);
    await lookAt(organizer, 'roadshow-stage-1280-zh-CN-on-stage');

    // --- scoring opens: every phone shows the round's rubric by itself.
    await organizer.getByTestId('stage-open-scoring').click();
    for (const { page } of phones) await phoneState(page, 'phone-scoring');
    await lookAt(phones[1]!.page, 'roadshow-phone-375-en-scoring');

    // Judge 3 loses the network, scores and presses submit: kept on the phone, which says so.
    const offline = phones[2]!;
    await offline.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await offline.context.setOffline(true);
    await score(offline.page, judges[2]!.score);
    await offline.page.getByTestId('submit-sheet').click();
    // The sheet says the submit waits for the network (and the draft is kept on the phone).
    await offline.page.getByTestId('submit-pending').waitFor(LONG);
    await lookAt(offline.page, 'roadshow-phone-375-zh-CN-offline-pending');

    // Judges 1 and 2 score and submit online.
    for (const i of [0, 1]) {
      await score(phones[i]!.page, judges[i]!.score);
      await phones[i]!.page.getByTestId('submit-sheet').click();
    }
    for (const i of [0, 1]) await phoneState(phones[i]!.page, 'phone-submitted');
    await lookAt(phones[0]!.page, 'roadshow-phone-375-zh-CN-submitted');
    await organizer.getByTestId('judges-submitted').filter({ hasText: '2 / 3' }).waitFor(LONG);
    await lookAt(organizer, 'roadshow-stage-1280-zh-CN-scoring');

    // Back online: the pending submit goes by itself.
    await offline.context.setOffline(false);
    await phoneState(offline.page, 'phone-submitted');
    await organizer.getByTestId('judges-submitted').filter({ hasText: '3 / 3' }).waitFor(LONG);
    const sheetIds = judges.map((j) => `${ROUND}__${j.uid}__${first.id}`);
    const stored = await Promise.all(sheetIds.map((id) => base().collection('sheets').doc(id).get()));
    expect(stored.map((s) => s.get('status'))).toEqual(['submitted', 'submitted', 'submitted']);

    // --- the reveal: on the stage control and the big screen, the engine's numbers.
    await organizer.getByTestId('stage-reveal').click();
    await organizer.getByTestId('stage-reveal-score').waitFor(LONG);
    const engine = await engineFor(first.id);
    expect(await organizer.getByTestId('stage-reveal-score').textContent()).toBe(engine.score);
    expect(engine.score).toBe('80.00');
    await screen.getByTestId('screen-score').filter({ hasText: engine.score }).waitFor(LONG);
    const rows = screen.getByTestId('screen-judge-row');
    const shown = await Promise.all(
      (await rows.all()).map(async (row) => ({
        struck: await row.getAttribute('data-struck'),
        total: (await row.locator('s, span').nth(1).textContent())?.trim(),
      })),
    );
    expect(shown.map((r) => r.total).sort()).toEqual([...engine.totals].sort());
    // The highest (90) and the lowest (70) struck out; the middle one counts.
    expect(shown.find((r) => r.struck === 'high')?.total).toBe('90.00');
    expect(shown.find((r) => r.struck === 'low')?.total).toBe('70.00');
    expect(shown.filter((r) => r.struck === 'none').map((r) => r.total)).toEqual(['80.00']);
    // The reveal fades in, one total after another: look once it has settled.
    await screen.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished),
      ),
    );
    await lookAt(screen, 'roadshow-screen-1920-zh-CN-revealed');
    await organizerEn.getByTestId('stage-reveal-score').filter({ hasText: engine.score }).waitFor(LONG);
    await lookAt(organizerEn, 'roadshow-stage-1280-en-revealed');
    await lookAt(organizer, 'roadshow-stage-1280-zh-CN-revealed');
    for (const { page } of phones) {
      await page.locator('[data-testid="phone-waiting"][data-state="revealed"]').waitFor(LONG);
    }
    await lookAt(phones[1]!.page, 'roadshow-phone-375-en-revealed');

    // --- the next team comes up on every phone by itself.
    await organizer.getByTestId('stage-next').click();
    const second = teamOf(order[1]!);
    for (const { page } of phones) {
      await phoneState(page, 'phone-on-stage');
      await page.getByRole('heading', { level: 1, name: second.title }).waitFor(LONG);
    }
    await screen.getByText(second.title).first().waitFor(LONG);
    expect(await eventually(async () => (await stageDoc())?.current?.entryId === second.id)).toBe(true);
  }, 600_000);
});
