// The big screen (/screen/:token) in Chromium at a projector's 1920×1080 and
// 1280×720, in Chinese (the app's language) and English (?lang=en), signed
// out: its feed document is written here with the Admin SDK as the
// stageControl function writes it (Timestamps), and the open page follows
// each change live: a team pitching, the last minute of the questions, the
// reveal with the highest and lowest struck out, the standings between
// teams, and the link revoked. The stage control's own journey (with real
// function calls) is test/e2e/roadshow.test.ts.
import { randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenFeed, StageTimer } from '@/domain/model/stage';
import { feedOf, revealOf, standings } from '@/features/screen/screen-fixtures';
import { BASE_URL, launchBrowser, lookAt } from './browser';
import { adminDb } from './open-team';

let browser: Browser;
const tokens: string[] = [];

/** The feed as stored: epoch ms become Timestamps (functions/src/stage-stored.ts). */
function stored(feed: ScreenFeed) {
  const timer = (t: StageTimer | null) =>
    t && { ...t, startedAt: t.startedAt === null ? null : Timestamp.fromMillis(t.startedAt) };
  return {
    ...feed,
    timer: timer(feed.timer),
    reveal: feed.reveal && { ...feed.reveal, revealedAt: Timestamp.fromMillis(feed.reveal.revealedAt) },
    updatedAt: Timestamp.now(),
  };
}

const earlier = standings.filter((s) => s.code !== 'E-007').map((s, i) => ({ ...s, rank: i + 1 }));
const many = Array.from({ length: 14 }, (_, i) => ({
  rank: i + 1,
  code: `E-${String(i + 1).padStart(3, '0')}`,
  title: standings[i % standings.length]!.title,
  score: (93.4 - i * 1.37).toFixed(2),
}));

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(tokens.map((t) => adminDb.doc(`screens/${t}`).delete()));
});

/** Waits for what the change shows, then looks at it: all on the one screen, nothing to scroll to. */
async function state(page: Page, name: string, selector: string) {
  await page.locator(selector).first().waitFor();
  const below = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(below, `${name} runs ${below}px below the screen`).toBeLessThanOrEqual(0);
  await lookAt(page, name);
}

/** Twelve judges shown by name, one of whom had not submitted. */
const namedReveal = revealOf({
  sheets: Array.from({ length: 12 }, (_, i) => ({
    judgeNumber: i + 1,
    name: ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周婷', '吴昊', '徐丽', '孙志强'][i]!,
    total: (80 + ((i * 7) % 15) + 0.25).toFixed(2),
    struck: i === 2 ? 'high' : i === 0 ? 'low' : null,
  })),
  score: '86.98',
  missing: 1,
});

describe('big screen', () => {
  // Both sizes and both languages, each once (the four pairings cost twice
  // the time and showed nothing more).
  for (const [width, height, lang] of [
    [1920, 1080, 'zh-CN'],
    [1280, 720, 'en'],
  ] as const) {
    it(`follows the stage live at ${width}×${height} in ${lang}`, async () => {
      const token = randomBytes(24).toString('base64url');
      tokens.push(token);
      const feed = adminDb.doc(`screens/${token}`);
      const name = (what: string) => `screen-${width}-${lang}-${what}`;
      // Animations off, so a screenshot never catches a fade half way.
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      try {
        // A team pitching, two teams already revealed.
        await feed.set(
          stored(
            feedOf({
              timer: { segment: 'pitch', durationMs: 480_000, elapsedMs: 0, startedAt: Date.now() - 95_000 },
              leaderboard: earlier,
            }),
          ),
        );
        await page.goto(`${BASE_URL}/screen/${token}${lang === 'en' ? '?lang=en' : ''}`);
        await state(page, name('pitch'), '[data-testid="screen-timer"][data-state="running"]');
        expect(await page.getByTestId('screen-page').getAttribute('lang')).toBe(lang);

        // The last minute of the questions: highlighted.
        await feed.set(
          stored(
            feedOf({
              timer: { segment: 'qa', durationMs: 300_000, elapsedMs: 200_000, startedAt: Date.now() - 58_000 },
              leaderboard: earlier,
            }),
          ),
        );
        await state(page, name('last-minute'), '[data-testid="screen-timer"][data-last-minute="true"]');

        // The reveal: five judges, the highest and lowest struck out.
        await feed.set(stored(feedOf({ phase: 'revealed', timer: null, reveal: revealOf(), leaderboard: standings })));
        await state(page, name('reveal'), '[data-testid="screen-score"]');
        expect(await page.getByTestId('screen-score').textContent()).toBe('87.53');
        expect(await page.locator('[data-testid="screen-judge-row"][data-struck="high"]').count()).toBe(1);
        expect(await page.locator('[data-testid="screen-judge-row"][data-struck="low"]').count()).toBe(1);

        // Twelve judges by name (two rows), one missing.
        await feed.set(stored(feedOf({ phase: 'revealed', timer: null, reveal: namedReveal, leaderboard: standings })));
        await state(page, name('reveal-names'), '[data-testid="screen-score"]:text("86.98")');

        // Between teams: the standings fill the screen.
        await feed.set(stored(feedOf({ phase: 'idle', current: null, timer: null, leaderboard: many })));
        await page.getByTestId('screen-team').waitFor({ state: 'detached' });
        await state(page, name('standings'), '[data-testid="screen-leaderboard"]');

        // A new link revokes this one.
        await feed.delete();
        await state(page, name('revoked'), '[data-testid="screen-unknown"]');
      } finally {
        await context.close();
      }
    });
  }
});
