// `npm run test:e2e`: the browser journeys. Finds (or installs) Chromium,
// builds the SPA against the emulators, then inside `firebase emulators:exec`
// seeds the demo data, serves the build and runs test/e2e with Vitest.
//
//   npm run test:e2e [-- [--port-offset N] [--with-progress-suite] [test file filters…]]
//
// --with-progress-suite first runs test/functions/progress.test.ts in the
// same emulators (before the demo is seeded for the browsers): it needs the
// progress triggers that the browser journeys run with, and the emulator
// suites run without, so `npm test` starts no third set of emulators for it.
//
// --port-offset N runs beside the default emulators (a running `npm run dev`):
// the emulators, the SPA build (dist-offset-N/, built for those ports) and
// `vite preview` (4173 + N) all shift by N, as in with-emulators.mjs.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { root } from './emulators/emulator-env.mjs';
import { findChromium } from './e2e/find-chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'port-offset': { type: 'string' }, 'with-progress-suite': { type: 'boolean' } },
});
const offset = values['port-offset'];
const outDir = offset ? `dist-offset-${offset}` : 'dist';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VITE_USE_EMULATORS: 'true', VITE_EMULATOR_PORT_OFFSET: offset ?? '0' },
});
if (build.status !== 0) {
  console.error('✖ The SPA build failed (see above).');
  process.exit(build.status ?? 1);
}

const inside = ['node scripts/e2e/inside-emulators.mjs', ...positionals].join(' ');
const run = spawnSync(
  'node',
  ['scripts/emulators/with-emulators.mjs', ...(offset ? ['--port-offset', offset] : []), inside],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_PORT_OFFSET: offset ?? '0',
      E2E_OUT_DIR: outDir,
      E2E_PROGRESS_SUITE: values['with-progress-suite'] ? '1' : '',
    },
  },
);
process.exit(run.status ?? 1);
