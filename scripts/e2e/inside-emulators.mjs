// Runs inside emulators:exec: with E2E_PROGRESS_SUITE=1 the progress
// triggers' emulator suite first (scripts/e2e.mjs --with-progress-suite), then
// a fresh demo seed, the built SPA served by `vite preview`, and the e2e
// Vitest project against it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutBackgroundTriggers } from '../emulators/background-triggers.mjs';
import { root } from '../emulators/emulator-env.mjs';

// scripts/e2e.mjs passes the port offset and the build's folder; extra
// arguments are Vitest file filters.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const PREVIEW_PORT = 4173 + OFFSET;
const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
const filters = process.argv.slice(2);

if (process.env.E2E_PROGRESS_SUITE === '1') {
  // Before the seed: the suite re-seeds the demo and copies its judges into
  // competitions of its own, which the fresh seed below then clears (a demo
  // judge in two competitions would get a chooser on signing in).
  const progress = spawnSync('npx', ['vitest', 'run', '--project', 'emulators', 'test/functions/progress.test.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (progress.status !== 0) {
    console.error('✖ The progress triggers suite failed (see above); the browser journeys were not run.');
    process.exit(progress.status ?? 1);
  }
}

// Without the triggers: no suite reads the seeded competitions' progress
// documents (the dashboard's suites make competitions of their own), and
// counting the seed's 700 writes kept the Functions emulator busy for minutes.
const seed = await withoutBackgroundTriggers(async () =>
  spawnSync('node', ['scripts/seed.mjs', '--fresh'], { cwd: root, stdio: 'inherit' }),
);
if (seed.status !== 0) {
  console.error('✖ Seeding failed (see above).');
  process.exit(seed.status ?? 1);
}

const preview = spawn(
  join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--strictPort', '--port', String(PREVIEW_PORT), '--outDir', OUT_DIR],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  },
);
const stopPreview = () => {
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
};

async function waitForPreview() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(PREVIEW_URL)).ok) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

// What the failed tests' pages showed (test/setup/e2e.ts), printed again
// last: a CI log cut to its tail keeps it.
const failureLog = join(tmpdir(), `e2e-failures-${OFFSET}-${process.pid}.txt`);
const MAX_REPORT_CHARS = 12000;

let status = 1;
if (await waitForPreview()) {
  const tests = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...filters], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: PREVIEW_URL, E2E_FAILURE_LOG: failureLog },
  });
  status = tests.status ?? 1;
  if (existsSync(failureLog)) {
    const report = readFileSync(failureLog, 'utf8');
    console.log(`\n── What the failed tests' pages showed ──${report.slice(0, MAX_REPORT_CHARS)}`);
    if (report.length > MAX_REPORT_CHARS) console.log(`… (${report.length - MAX_REPORT_CHARS} more characters above)`);
    rmSync(failureLog);
  }
} else {
  console.error(`✖ vite preview did not answer on ${PREVIEW_URL}.`);
}
stopPreview();
process.exit(status);
