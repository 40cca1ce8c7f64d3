// Runs one command inside `firebase emulators:exec` (project demo-judging, all
// emulators on 127.0.0.1), after building the functions.
//
//   node scripts/emulators/with-emulators.mjs [--only auth,firestore] [--port-offset N]
//     [--no-progress-triggers] "<command>"
//
// --no-progress-triggers makes the progress triggers end at once
// (functions/src/progress-recompute.ts): suites that re-seed the demo again
// and again would otherwise queue some 1,500 recounts per re-seed, which the
// Functions emulator works through one at a time.
//
// --port-offset runs a second set of emulators beside the default one (a
// running `npm run dev` or `npm run test:emulators`): every port + N, through
// a generated, git-ignored .firebase.offset-N.json next to firebase.json (see
// config-offset.mjs), removed again when the emulators stop. An N that puts a
// port on one of firebase.json's own ports (200: Auth on Eventarc's 9299), or
// on one fetch() refuses (2000: Firestore on 10080), is refused with one line;
// 3000 is known to work.
//
// SIGINT, SIGTERM and SIGHUP are passed on to firebase-tools, which then stops
// the emulators it started (the Firestore emulator's java runs in a process
// group of its own, so it must be stopped through firebase-tools).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configWithPortOffset } from './config-offset.mjs';
import { FIREBASE_CONFIG, PROJECT_ID, root } from './emulator-env.mjs';
import { ALL_EMULATORS } from './emulator-list.mjs';
import { preflight } from './preflight.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    'port-offset': { type: 'string' },
    'no-progress-triggers': { type: 'boolean' },
  },
});
const command = positionals.join(' ');
if (!command) {
  console.error('usage: node scripts/emulators/with-emulators.mjs [--only LIST] [--port-offset N] "<command>"');
  process.exit(2);
}
const only = values.only ?? ALL_EMULATORS;

let configPath = FIREBASE_CONFIG;
let generatedConfig = null;
if (values['port-offset'] !== undefined) {
  const made = configWithPortOffset(values['port-offset']);
  if (!made.ok) {
    console.error(`✖ ${made.reason}`);
    process.exit(2);
  }
  configPath = generatedConfig = made.path;
}
const removeGeneratedConfig = () => {
  if (generatedConfig) rmSync(generatedConfig, { force: true });
};

const ready = await preflight(configPath);
if (!ready.ok) {
  // The config stays: a port in use may be a run with the same offset using it.
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

// These emulators are the ones to use, not those of a set this was started
// from (emulators:exec sets these for its command, and the Functions emulator
// would pass an inherited one on to the functions for an emulator not started).
const env = { ...ready.env };
for (const name of [
  'FIREBASE_EMULATOR_HUB',
  'FIRESTORE_EMULATOR_HOST',
  'FIREBASE_FIRESTORE_EMULATOR_ADDRESS',
  'FIREBASE_AUTH_EMULATOR_HOST',
  'FIREBASE_STORAGE_EMULATOR_HOST',
  'STORAGE_EMULATOR_HOST',
  'FIREBASE_DATABASE_EMULATOR_HOST',
  'PUBSUB_EMULATOR_HOST',
  'CLOUD_EVENTARC_EMULATOR_HOST',
  'CLOUD_TASKS_EMULATOR_HOST',
  'FIREBASE_DATA_CONNECT_EMULATOR_HOST',
  'FIREBASE_DATACONNECT_EMULATOR_HOST',
  'DATA_CONNECT_EMULATOR_HOST',
])
  delete env[name];

// The Functions emulator gives up loading the functions after 10 s by
// default, and then runs none of them: on a busy 2-core machine (the
// progress triggers catching up with a re-seed) loading takes longer.
env.FUNCTIONS_DISCOVERY_TIMEOUT ??= '90';
if (values['no-progress-triggers']) env.JUDGING_PROGRESS_TRIGGERS = 'off';

// firebase-tools keeps the Storage emulator's files in $TMPDIR/firebase/storage
// and deletes that folder when it stops: a second set of emulators gets a
// temporary folder of its own, or stopping one would wipe the other's files.
let privateTmp = null;
if (generatedConfig) {
  privateTmp = join(tmpdir(), `judging-emulators-offset-${values['port-offset']}`);
  mkdirSync(privateTmp, { recursive: true });
  env.TMPDIR = privateTmp;
}

const firebase = join(root, 'node_modules', '.bin', 'firebase');
const child = spawn(
  firebase,
  ['emulators:exec', '--only', only, '--project', PROJECT_ID, '--config', configPath, command],
  { cwd: root, stdio: 'inherit', env },
);
// A Ctrl-C reaches firebase-tools directly too; it ignores a second signal
// within 100 ms, so passing it on here does not make it skip its clean shutdown.
// firebase-tools does not stop the command itself on a signal.
let stoppedBy = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (err) => {
  console.error(`✖ Could not start firebase-tools: ${err.message}`);
  removeGeneratedConfig();
  process.exit(1);
});
child.on('exit', (code, signal) => {
  removeGeneratedConfig();
  // firebase-tools exits 0 after a clean shutdown on a signal: that run did not pass.
  const by = signal ?? stoppedBy;
  process.exit(by ? 128 + (constants.signals[by] ?? 0) : (code ?? 1));
});
