// Runs inside emulators:exec: with E2E_PROGRESS_SUITE=1 the progress
// triggers' emulator suite first (scripts/e2e.mjs --with-progress-suite), then
// a fresh demo seed, the built SPA served by `vite preview`, and the e2e
// Vitest project against it.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
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

const seed = spawnSync('node', ['scripts/seed.mjs', '--fresh'], { cwd: root, stdio: 'inherit' });
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

let status = 1;
if (await waitForPreview()) {
  const tests = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...filters], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: PREVIEW_URL },
  });
  status = tests.status ?? 1;
} else {
  console.error(`✖ vite preview did not answer on ${PREVIEW_URL}.`);
}
stopPreview();
process.exit(status);
