// Renders a page of a PDF to PNG in Chromium with PDF.js (no pdftoppm on
// these machines): the PDF and PDF.js are served to a blank page through
// request routing, so nothing needs a server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
const PDFJS = require.resolve('pdfjs-dist/build/pdf.min.mjs');
const WORKER = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');
const ORIGIN = 'http://pdf.render.local';

/** Draws page `pageNumber` (1-based) of `pdf` at `scale` and saves it as a PNG at `out`. */
export async function renderPdfPage(
  browser: Browser,
  pdf: Uint8Array,
  out: string,
  pageNumber = 1,
  scale = 1.5,
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The drawing runs as a module script of the page itself: a function passed
  // to page.evaluate would be transformed by the test runner first.
  const html = `<!doctype html><body style="margin:0"><canvas id="c"></canvas><script type="module">
    import * as pdfjs from '/pdf.mjs';
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
    try {
      const doc = await pdfjs.getDocument('/file.pdf').promise;
      const pdfPage = await doc.getPage(${pageNumber});
      const viewport = pdfPage.getViewport({ scale: ${scale} });
      const canvas = document.getElementById('c');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await pdfPage.render({ canvasContext: canvas.getContext('2d'), canvas, viewport }).promise;
      document.body.dataset.rendered = 'yes';
    } catch (error) {
      document.body.dataset.rendered = 'error: ' + error;
    }
  </script></body>`;
  const files: Record<string, { body: Buffer; contentType: string }> = {
    '/pdf.mjs': { body: readFileSync(PDFJS), contentType: 'text/javascript' },
    '/pdf.worker.mjs': { body: readFileSync(WORKER), contentType: 'text/javascript' },
    '/file.pdf': { body: Buffer.from(pdf), contentType: 'application/pdf' },
    '/': { body: Buffer.from(html), contentType: 'text/html' },
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => document.body.dataset.rendered, null, { timeout: 60_000 });
  const rendered = await page.evaluate(() => document.body.dataset.rendered);
  if (rendered !== 'yes') throw new Error(`PDF.js could not render the PDF: ${rendered}`);
  await page.locator('#c').screenshot({ path: out });
  await context.close();
}
