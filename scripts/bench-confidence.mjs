// Benchmark of the award confidence (confidence-v1; part of `npm run bench`):
//   - the demo contest (76 entries × 5 sheets, B = 2000): what `--confidence`
//     adds to the results CLI (best of RUNS each, process start included);
//     more than 0.3 s is a defect (exit non-zero);
//   - the same computation in a Web Worker in headless Chromium, as the
//     organizer's preview runs it (cold first run, and best of RUNS); more
//     than 1 s is a defect;
//   - the 30,000-entry benchmark export with B = 200: what `--confidence
//     --samples 200` adds to the CLI, reported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildCli } from './build-cli.mjs';
import { findChromium } from './e2e/find-chromium.mjs';
import { bestOf } from './lib/best-of.mjs';
import { ENTRIES, makeBenchExport } from './lib/bench-export.mjs';
import { root } from './emulators/emulator-env.mjs';

const RUNS = 5;
const CLI_LIMIT_MS = 300;
const WORKER_LIMIT_MS = 1000;
const DEMO = join(root, 'test/fixtures/demo-contest.export.json');

/** The worker the bench loads: what the preview's worker computes, timed inside. */
const WORKER_SOURCE = `
import { computeConfidence, computeResults } from './src/domain/results';
self.onmessage = (event) => {
  const t0 = performance.now();
  const out = computeResults(JSON.parse(event.data));
  if (!out.ok) throw new Error(out.problems.join('\\n'));
  const confidence = computeConfidence(out.analysis, { samples: 2000, seed: 1 });
  self.postMessage({ ms: performance.now() - t0, entries: confidence.entries.length });
};
`;

async function timeWorker() {
  const bundled = await build({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    return await page.evaluate(
      async ({ code, text, runs }) => {
        // Runs in the page, where Worker exists.
        // eslint-disable-next-line no-undef
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        const once = () =>
          new Promise((resolve, reject) => {
            const t0 = performance.now();
            worker.onmessage = (e) => resolve({ ...e.data, total: performance.now() - t0 });
            worker.onerror = (e) => reject(new Error(e.message));
            worker.postMessage(text);
          });
        const all = [];
        for (let i = 0; i < runs; i++) all.push(await once());
        worker.terminate();
        return all;
      },
      { code: bundled.outputFiles[0].text, text: readFileSync(DEMO, 'utf8'), runs: RUNS },
    );
  } finally {
    await browser.close();
  }
}

const cli = await buildCli({ quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'judging-bench-confidence-'));
let failed = false;
try {
  const demoPlain = bestOf(RUNS, 'CLI (demo)', [cli, DEMO], 'ignore');
  const demoConfidence = bestOf(RUNS, 'CLI --confidence (demo)', [cli, DEMO, '--confidence'], 'ignore');
  const added = demoConfidence - demoPlain;

  const worker = await timeWorker();
  const cold = worker[0].total;
  const best = Math.min(...worker.map((w) => w.total));

  const file = join(dir, 'export.json');
  writeFileSync(file, JSON.stringify(makeBenchExport()));
  const bigPlain = bestOf(3, 'CLI (30,000)', [cli, file], 'ignore');
  const bigConfidence = bestOf(
    3,
    'CLI --confidence (30,000)',
    [cli, file, '--confidence', '--samples', '200'],
    'ignore',
  );

  console.log(`award confidence (confidence-v1), node ${process.version}, wall clock:`);
  console.log(`  demo contest, 76 entries × 5 sheets, B = 2000, best of ${RUNS}:`);
  console.log(`    results CLI                : ${demoPlain.toFixed(0)} ms`);
  console.log(`    results CLI --confidence   : ${demoConfidence.toFixed(0)} ms`);
  console.log(`    added by --confidence      : ${added.toFixed(0)} ms (limit ${CLI_LIMIT_MS} ms)`);
  console.log(
    `    Web Worker in Chromium     : ${cold.toFixed(0)} ms cold, ${best.toFixed(0)} ms best (limit ${WORKER_LIMIT_MS} ms)`,
  );
  console.log(`  benchmark export, ${ENTRIES} entries × 5 sheets, B = 200, best of 3:`);
  console.log(`    results CLI                : ${bigPlain.toFixed(0)} ms`);
  console.log(`    results CLI --confidence   : ${bigConfidence.toFixed(0)} ms`);
  console.log(`    added by --confidence      : ${(bigConfidence - bigPlain).toFixed(0)} ms`);
  if (added > CLI_LIMIT_MS) {
    console.error(`bench: --confidence adds ${added.toFixed(0)} ms on the demo contest, above ${CLI_LIMIT_MS} ms`);
    failed = true;
  }
  if (cold > WORKER_LIMIT_MS) {
    console.error(`bench: the worker took ${cold.toFixed(0)} ms on the demo contest, above ${WORKER_LIMIT_MS} ms`);
    failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
