// Runs one command inside `firebase emulators:exec` (project demo-judging, all
// emulators on 127.0.0.1), after building the functions.
//
//   node scripts/emulators/with-emulators.mjs [--only auth,firestore] [--port-offset N] "<command>"
//
// --port-offset runs a second set of emulators beside a running `npm run dev`
// (every port + N), through a generated config in .tmp/. Pick N so that no
// port lands on one that fetch() refuses (2000 puts Firestore on 10080, which
// it blocks); 2100 is known to work.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configWithPortOffset } from './config-offset.mjs';
import { FIREBASE_CONFIG, PROJECT_ID, root } from './emulator-env.mjs';
import { ALL_EMULATORS } from './emulator-list.mjs';
import { preflight } from './preflight.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, 'port-offset': { type: 'string' } },
});
const command = positionals.join(' ');
if (!command) {
  console.error('usage: node scripts/emulators/with-emulators.mjs [--only LIST] [--port-offset N] "<command>"');
  process.exit(2);
}
const only = values.only ?? ALL_EMULATORS;
const offset = Number(values['port-offset'] ?? 0);
const configPath = offset ? configWithPortOffset(offset) : FIREBASE_CONFIG;

const ready = await preflight(configPath);
if (!ready.ok) {
  console.error(`✖ Emulators cannot start: ${ready.reason}`);
  process.exit(1);
}

if (only.includes('functions')) {
  const build = spawnSync('npm', ['run', '--silent', 'build', '--workspace', 'functions'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('✖ The functions build failed (see above).');
    process.exit(build.status ?? 1);
  }
}

const firebase = join(root, 'node_modules', '.bin', 'firebase');
const run = spawnSync(
  firebase,
  ['emulators:exec', '--only', only, '--project', PROJECT_ID, '--config', configPath, command],
  { cwd: root, stdio: 'inherit', env: ready.env },
);
process.exit(run.status ?? 1);
