// `npm run test:e2e`: the browser journeys. Finds (or installs) Chromium,
// builds the SPA against the emulators, then inside `firebase emulators:exec`
// seeds the demo data, serves the build and runs test/e2e with Vitest.
import { spawnSync } from 'node:child_process';
import { root } from './emulators/emulator-env.mjs';
import { findChromium } from './e2e/find-chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VITE_USE_EMULATORS: 'true' },
});
if (build.status !== 0) {
  console.error('✖ The SPA build failed (see above).');
  process.exit(build.status ?? 1);
}

const run = spawnSync('node', ['scripts/emulators/with-emulators.mjs', 'node scripts/e2e/inside-emulators.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(run.status ?? 1);
