// The organizer's assignment page on the seeded review round: a preview whose
// loads are the assignRound answer's (and the round's stored pairs moved by
// its diff), a commit checked with the Admin SDK, and an impossible request
// (k = 8 with 7 judges) that shows the engine's reasons and writes nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, lookAt, lookAtBothWidths, newPage, signIn } from './browser';
import { adminDb } from './open-team';

const CID = 'xining-2021';
const ROUND = 'review';

interface AssignResult {
  committed: boolean;
  loads: Record<string, number>;
  stats: { pairs: number; minLoad: number; maxLoad: number };
  added: { judgeUid: string; entryId: string }[];
  removed: { judgeUid: string; entryId: string }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The review round's pairs as stored: `judge__entry` ids, sorted. */
async function storedPairs(): Promise<string[]> {
  const snap = await adminDb
    .collection(`competitions/${CID}/assignments`)
    .where('roundIds', 'array-contains', ROUND)
    .get();
  return snap.docs.map((d) => `${d.get('judgeUid')}__${d.get('entryId')}`).sort();
}

const loadsOf = (pairs: string[]) => {
  const loads: Record<string, number> = {};
  for (const p of pairs) {
    const uid = p.split('__')[0]!;
    loads[uid] = (loads[uid] ?? 0) + 1;
  }
  return loads;
};

/** The next answer of the assignRound callable (the SDK posts `{ data }` and gets `{ result }`). */
function nextAssignAnswer(page: Page) {
  return page.waitForResponse((r) => r.url().endsWith('/assignRound') && r.request().method() === 'POST');
}

async function openAssignment(page: Page) {
  await signIn(page, 'organizer@demo.local', undefined, `/c/${CID}/organizer`);
  await page.getByTestId('home-organizer').waitFor();
  await page.getByRole('link', { name: /分配评委|Assign judges/ }).click();
  await page.getByTestId('assignment-page').waitFor();
  await page.getByRole('button', { name: /^(预览分配|Preview)$/ }).waitFor();
}

const kOf = (page: Page, track: RegExp) =>
  page.getByRole('region', { name: track }).getByRole('spinbutton', { name: /评委人数|Judges per entry/ });

describe('assignment page', () => {
  it('refuses k = 8 with 7 judges with the translated reasons, and writes nothing', async () => {
    const before = await storedPairs();
    const planBefore = (await adminDb.doc(`competitions/${CID}/assignmentPlans/${ROUND}`).get()).data();
    const judges = await adminDb.collection(`competitions/${CID}/members`).where('role', '==', 'judge').get();
    expect(judges.size).toBeLessThan(8);

    const { context, page } = await newPage(browser);
    await openAssignment(page);
    expect(await page.getByRole('combobox', { name: '评审轮次' }).inputValue()).toBe(ROUND);
    await kOf(page, /企业组/).fill('8');
    const answer = nextAssignAnswer(page);
    await page.getByRole('button', { name: '预览分配' }).click();
    expect((await answer).status()).toBe(400);
    const alert = page.getByRole('alert');
    await alert.getByText('无法按当前设置分配，没有做任何更改。原因：').waitFor();
    // Alike reasons are said once, naming their entries: most entries have no conflict, so all judges count.
    const reasons = await page.getByTestId('assign-problems').getByRole('listitem').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason).toMatch(
        /^E-\d+(、E-\d+)*( 及另外 \d+ 个项目)?：每个项目需要 8 位评委，但所选评委中与其没有利益冲突的只有 \d 位。/,
      );
    }
    expect(reasons.some((r) => r.includes(`只有 ${judges.size} 位`))).toBe(true);
    expect(await page.getByRole('button', { name: '提交分配…' }).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await lookAt(page, 'assignment-impossible-zh-CN-1280');

    expect(await storedPairs()).toEqual(before);
    expect((await adminDb.doc(`competitions/${CID}/assignmentPlans/${ROUND}`).get()).data()).toEqual(planBefore);
    await context.close();
  });

  it('previews the review round with the loads per judge, then commits it', async () => {
    const before = await storedPairs();
    const { context, page } = await newPage(browser);
    await openAssignment(page);

    const answer = nextAssignAnswer(page);
    await page.getByRole('button', { name: '预览分配' }).click();
    const preview = ((await (await answer).json()) as { result: AssignResult }).result;
    expect(preview.committed).toBe(false);
    await page.getByRole('table', { name: '每位评委的工作量' }).waitFor();

    // The page shows the callable's loads; they are the stored pairs moved by its diff.
    const rows = page.getByTestId('load-row');
    const shown: Record<string, number> = {};
    for (const row of await rows.all()) {
      shown[(await row.getAttribute('data-judge'))!] = Number(await row.getByTestId('load-value').textContent());
    }
    expect(shown).toEqual(preview.loads);
    const expected = new Set(before);
    for (const p of preview.removed) expected.delete(`${p.judgeUid}__${p.entryId}`);
    for (const p of preview.added) expected.add(`${p.judgeUid}__${p.entryId}`);
    expect(loadsOf([...expected])).toEqual(Object.fromEntries(Object.entries(preview.loads).filter(([, n]) => n > 0)));
    expect(await page.getByTestId('stat-load').textContent()).toContain(
      `${preview.stats.minLoad}–${preview.stats.maxLoad}`,
    );
    // A preview writes nothing.
    expect(await storedPairs()).toEqual(before);

    await page.getByRole('button', { name: '提交分配…' }).click();
    await page.getByTestId('commit-confirm').waitFor();
    const committedAnswer = nextAssignAnswer(page);
    await page.getByRole('button', { name: '确认提交' }).click();
    const committed = ((await (await committedAnswer).json()) as { result: AssignResult }).result;
    expect(committed.committed).toBe(true);
    await page.getByText('分配已提交').waitFor();
    expect(await page.getByTestId('commit-done').textContent()).toContain(`共 ${committed.stats.pairs} 条评审任务`);

    expect(loadsOf(await storedPairs())).toEqual(
      Object.fromEntries(Object.entries(committed.loads).filter(([, n]) => n > 0)),
    );
    const plan = (await adminDb.doc(`competitions/${CID}/assignmentPlans/${ROUND}`).get()).data()!;
    expect(plan.updatedBy).toBe('organizer');
    expect(plan.pools.map((p: { trackId: string; k: number }) => [p.trackId, p.k])).toEqual([
      ['enterprise', 5],
      ['team', 5],
    ]);
    const audit = await adminDb
      .collection(`competitions/${CID}/audit`)
      .where('type', '==', 'assignment.committed')
      .get();
    expect(audit.size).toBeGreaterThan(0);
    await context.close();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a phone and a desktop with a preview that moves pairs (${locale})`, async () => {
      // Opened on a desktop, looked at, then used on a phone.
      const { context, page } = await newPage(browser, DESKTOP, locale);
      await openAssignment(page);
      await lookAtBothWidths(page, (width) => `assignment-${locale}-${width}-settings`);
      // One judge fewer, so the preview moves pairs and lists them (nothing is committed here).
      await page.getByRole('checkbox', { name: /赵磊/ }).uncheck();
      await page.getByRole('button', { name: /^(预览分配|Preview)$/ }).click();
      await page.getByTestId('assign-result').waitFor();
      expect(await page.getByTestId('pairs-added').getByTestId('pair-row').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^(提交分配…|Commit…)$/ }).click();
      await page.getByTestId('commit-confirm').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await lookAtBothWidths(page, (width) => `assignment-${locale}-${width}`);
      await context.close();
    });
  }
});
