// Uploading the pitch deck on the team's entry page: the browser refuses a
// 21 MiB file and a renamed non-PDF before sending anything; a real PDF goes
// up with a progress bar (and can be cancelled), is "uploaded" once the
// Storage trigger has checked it and recorded deckPath, previews with PDF.js
// in a canvas, and is removed through removeEntryFile.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths';
import {
  DESKTOP,
  launchBrowser,
  lookAt,
  newPage,
  PHONE,
  resizeTo,
  screenshotFor,
  signIn,
  WIDTHS,
  type WidthLabel,
} from './browser';
import { adminDb, bucket, CID, createOpenTeam, makePdf } from './open-team';

const PASSWORD = 'demo1234';
const LONG = { timeout: 30_000 };
/** Uploads of a few MB through a throttled network, the trigger, PDF.js: longer than the suite's default. */
const TEST_TIMEOUT = 180_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const createTeam = (name: string) => createOpenTeam(name);

const deckPathOf = async (eid: string) =>
  (await adminDb.doc(`competitions/${CID}/entries/${eid}`).get()).get('deckPath') as string | null;
const answerOf = async (eid: string, id: string) =>
  (await adminDb.doc(`competitions/${CID}/entries/${eid}`).get()).get(`answers.${id}`) as string | undefined;
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const deckStored = async (eid: string) =>
  (await bucket().file(`competitions/${CID}/entries/${eid}/deck.pdf`).exists())[0];

async function openEntry(page: Page, email: string, eid: string) {
  await signIn(page, email, PASSWORD, paths.teamEntry(CID, eid));
  await page.getByTestId('entry-page').waitFor(LONG);
  await page.getByTestId('deck-section').waitFor();
}

const deckInput = (page: Page) => page.getByLabel(/^(选择 PDF 文件|Choose a PDF|重新上传|Upload again)$/);
const deckState = (page: Page, state: 'present' | 'none' | 'checking') =>
  page.locator(`[data-testid="deck-section"][data-deck="${state}"]`).waitFor(LONG);

/** The whole screen through lookAt, and the deck section alone, close up, to look at. */
async function lookAtDeck(page: Page, name: string) {
  await lookAt(page, name);
  await screenshotFor(page.locator('#deck'), `${name}-section`);
}

/** Slows uploads down (Chrome DevTools network emulation), so the progress bar is on screen for a while. */
async function throttleUploads(page: Page, bytesPerSecond: number | null) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

/**
 * Starts a ~5 MB upload and looks while the bar is moving: with a name for
 * each width, at both (the page resized in place: see resizeTo).
 */
async function uploadSlowly(page: Page, screenshot: string | ((width: WidthLabel) => string)) {
  await throttleUploads(page, 512 * 1024);
  await deckInput(page).setInputFiles({
    name: '商业计划书.pdf',
    mimeType: 'application/pdf',
    buffer: makePdf(5_000_000),
  });
  const bar = page.getByRole('progressbar');
  await bar.waitFor(LONG);
  await page.waitForFunction(
    () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) > 0,
    undefined,
    LONG,
  );
  await page.locator('#deck').scrollIntoViewIfNeeded();
  if (typeof screenshot === 'string') return lookAtDeck(page, screenshot);
  for (const [width, viewport] of WIDTHS) {
    await resizeTo(page, viewport);
    await page.locator('#deck').scrollIntoViewIfNeeded();
    await lookAtDeck(page, screenshot(width));
  }
}

describe('the deck on the entry page', () => {
  it(
    'refuses bad files in the browser, uploads a PDF with progress, previews and removes it (375 px, zh-CN)',
    async () => {
      const { email, eid } = await createTeam('deck-zh');
      const { context, page } = await newPage(browser, PHONE, 'zh-CN');
      try {
        await openEntry(page, email, eid);
        await page.locator('#deck').scrollIntoViewIfNeeded();
        await lookAtDeck(page, 'deck-empty-375-zh-CN');

        const big = makePdf(21 * 1024 * 1024);
        await deckInput(page).setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
        await page.getByRole('alert').filter({ hasText: '超过 20 MB 上限' }).waitFor();
        await deckInput(page).setInputFiles({
          name: 'notes.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('这不是 PDF，只是改了扩展名的文本文件。'),
        });
        await page.getByRole('alert').filter({ hasText: '这个文件不是 PDF' }).waitFor();
        await lookAtDeck(page, 'deck-refused-375-zh-CN');
        expect(await deckStored(eid)).toBe(false);

        await uploadSlowly(page, 'deck-upload-progress-375-zh-CN');
        await throttleUploads(page, null);
        await deckState(page, 'present');
        expect(await deckPathOf(eid)).toBe(`competitions/${CID}/entries/${eid}/deck.pdf`);
        await page.getByText('已上传', { exact: true }).waitFor();

        await page.getByRole('button', { name: '预览' }).click();
        await page.locator('canvas[data-page="1"]').waitFor(LONG);
        await page.getByText('第 1 / 1 页').waitFor();
        const canvasWidth = await page
          .locator('canvas[data-page="1"]')
          .evaluate((c) => c.getBoundingClientRect().width);
        expect(canvasWidth).toBeGreaterThan(200);
        await lookAtDeck(page, 'deck-preview-375-zh-CN');

        await page.getByRole('button', { name: '删除' }).click();
        await deckState(page, 'none');
        expect(await deckStored(eid)).toBe(false);
        await expect.poll(() => deckPathOf(eid), LONG).toBeNull();

        // The optional certificates question takes a PNG, named by the app, saved as the answer.
        const certificates = page.getByRole('group', { name: /^获奖证明或专利证书/ });
        await certificates
          .getByLabel('选择文件')
          .setInputFiles({ name: '证书.png', mimeType: 'image/png', buffer: PNG });
        await certificates.getByText('已上传：certificates.png').waitFor(LONG);
        const filePath = `competitions/${CID}/entries/${eid}/files/certificates.png`;
        await expect.poll(() => answerOf(eid, 'certificates'), LONG).toBe(filePath);
        await lookAt(page, 'file-answer-375-zh-CN');
        // Clear of the sticky header for the close-up.
        await certificates.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await screenshotFor(certificates, 'file-answer-375-zh-CN-section');
        await certificates.getByRole('button', { name: '删除' }).click();
        await certificates.getByText('尚未上传文件').waitFor(LONG);
        expect((await bucket().file(filePath).exists())[0]).toBe(false);
        // Unanswered is '' or no key at all (the form may drop it).
        await expect.poll(async () => (await answerOf(eid, 'certificates')) ?? '', LONG).toBe('');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  // English at both widths on one page (375 px zh-CN is in the test above).
  for (const [viewport, width, locale] of [
    [PHONE, '375 and 1280', 'en'],
    [DESKTOP, 1280, 'zh-CN'],
  ] as const) {
    it(
      `shows the upload in progress and cancels it (${width} px, ${locale})`,
      async () => {
        const { email, eid } = await createTeam(`deck-${viewport.width}-${locale}`);
        const { context, page } = await newPage(browser, viewport, locale);
        try {
          await openEntry(page, email, eid);
          await uploadSlowly(
            page,
            locale === 'en' ? (w) => `deck-upload-progress-${w}-${locale}` : `deck-upload-progress-${width}-${locale}`,
          );
          await page.getByRole('button', { name: /^(取消上传|Cancel upload)$/ }).click();
          await page.getByText(/已取消上传|Upload cancelled/).waitFor();
          expect(await page.getByRole('progressbar').count()).toBe(0);
          expect(await deckStored(eid)).toBe(false);
          expect(await deckPathOf(eid)).toBeNull();
        } finally {
          await context.close();
        }
      },
      TEST_TIMEOUT,
    );
  }

  for (const [viewport, width, locale] of [
    [PHONE, 375, 'zh-CN'],
    [DESKTOP, 1280, 'en'],
  ] as const) {
    it(
      `adds a product image, shows its thumbnail and removes it (${width} px, ${locale})`,
      async () => {
        const { email, eid } = await createTeam(`images-${width}-${locale}`);
        const zh = locale === 'zh-CN';
        const { context, page } = await newPage(browser, viewport, locale);
        try {
          await openEntry(page, email, eid);
          const section = page.getByTestId('images-section');
          await section.getByText(zh ? '还没有上传图片。' : 'No images uploaded yet.').waitFor(LONG);

          // Refused in the browser: a PDF renamed .png.
          const input = section.getByLabel(zh ? '添加图片' : 'Add an image');
          await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: makePdf() });
          await section
            .getByRole('alert')
            .filter({ hasText: zh ? '只接受 JPG、PNG 或 WebP' : 'Only JPG, PNG or WebP' })
            .waitFor();

          await input.setInputFiles({ name: '产品.png', mimeType: 'image/png', buffer: PNG });
          const thumb = section.getByRole('img', { name: zh ? '项目图片 1' : 'Image 1 of the project' });
          await thumb.waitFor(LONG);
          // Thumbnails load lazily: into view first.
          await thumb.scrollIntoViewIfNeeded();
          await expect
            .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), LONG)
            .toBe(1);
          const path = `competitions/${CID}/entries/${eid}/images/image-1.png`;
          expect((await bucket().file(path).exists())[0]).toBe(true);
          // The trigger's check is over (kept): no "checking" message any more.
          await section
            .getByText(zh ? '服务器正在核验图片' : 'The server is checking the image')
            .waitFor({ state: 'detached', ...LONG });
          await section.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await lookAt(page, `images-${width}-${locale}`);
          await screenshotFor(page.locator('#images'), `images-${width}-${locale}-section`);

          await section.getByRole('button', { name: zh ? '删除图片 1' : 'Remove image 1' }).click();
          await section.getByText(zh ? '还没有上传图片。' : 'No images uploaded yet.').waitFor(LONG);
          expect((await bucket().file(path).exists())[0]).toBe(false);
        } finally {
          await context.close();
        }
      },
      TEST_TIMEOUT,
    );
  }
});
