// `npm run dev`: the whole app on local Firebase, in one command.
// Starts the Auth, Firestore, Functions and Storage emulators (project
// demo-judging, data kept in .emulator-data/ between runs), rebuilds the
// functions on change, seeds the demo competition when the emulator is empty,
// then starts Vite. Ctrl-C stops everything it started.
//
//   npm run dev            keep the data of the last run
//   npm run dev -- --fresh start again from a clean seed (same as npm run dev:fresh)
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_EMULATORS } from './emulators/emulator-list.mjs';
import { emulatorConfig, PROJECT_ID, root } from './emulators/emulator-env.mjs';
import { preflight } from './emulators/preflight.mjs';
import { waitForEmulators } from './emulators/wait-for.mjs';
import { portFree } from './lib/ports.mjs';
import { DEMO_LOGINS } from './seed/demo-accounts.mjs';

const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } });
const dataDir = join(root, '.emulator-data');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const VITE_PORT = 5173;
const hubUrl = () => {
  const { hub } = emulatorConfig();
  return `http://${hub.host}:${hub.port}`;
};

const children = [];
let stopping = false;

function start(name, command, args, env) {
  // detached: each child leads its own process group, so stopping it also
  // stops what it started (the emulators' java and node processes).
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', detached: true });
  children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✖ ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest.`);
      void stopAll(1);
    }
  });
  return child;
}

function exited(child) {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

let emulatorsReady = false;

// firebase-tools' own --export-on-exit races its shutdown here and sometimes
// loses the Auth accounts, so the data is saved through the hub's export
// endpoint first, while every emulator still runs.
async function saveData() {
  if (!emulatorsReady) return;
  console.log('Saving the emulator data to .emulator-data/ …');
  try {
    const res = await fetch(`${hubUrl()}/_admin/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: dataDir, initiatedBy: 'exit', targets: ['auth', 'firestore', 'storage'] }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  } catch (err) {
    console.error(
      `✖ Could not save the emulator data (${err instanceof Error ? err.message : String(err)}); the next run starts from what was saved before.`,
    );
  }
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await saveData();
  for (const { child } of [...children].reverse()) {
    try {
      process.kill(-child.pid, 'SIGINT');
    } catch {
      /* already gone */
    }
  }
  const timeout = setTimeout(() => {
    for (const { child } of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }, 30_000);
  await Promise.all(children.map(({ child }) => exited(child)));
  clearTimeout(timeout);
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const ready = await preflight();
if (!ready.ok) {
  console.error(`✖ Emulators cannot start: ${ready.reason}`);
  process.exit(1);
}
if (!(await portFree(VITE_PORT))) {
  console.error(
    `✖ Port ${VITE_PORT} (Vite) is already in use: stop whatever holds it (lsof -i :${VITE_PORT}) and try again.`,
  );
  process.exit(1);
}
if (values.fresh && existsSync(dataDir)) {
  rmSync(dataDir, { recursive: true, force: true });
  console.log('Starting from a clean seed: removed .emulator-data/.');
}

// Functions: build once, then rebuild on change (the emulator reloads lib/).
const built = await new Promise((resolveBuild) => {
  spawn('node', ['functions/build.mjs'], { cwd: root, stdio: 'inherit' }).on('exit', (c) => resolveBuild(c === 0));
});
if (!built) {
  console.error('✖ The functions build failed (see above).');
  process.exit(1);
}
start('functions build --watch', 'node', ['functions/build.mjs', '--watch'], process.env);

const emulatorArgs = ['emulators:start', '--only', ALL_EMULATORS, '--project', PROJECT_ID];
if (existsSync(join(dataDir, 'firebase-export-metadata.json'))) emulatorArgs.push('--import', dataDir);
start('Firebase emulators', bin('firebase'), emulatorArgs, ready.env);

try {
  await waitForEmulators({ timeoutMs: 120_000 });
  emulatorsReady = true;
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  await stopAll(1);
}

const seed = await new Promise((resolveSeed) => {
  spawn('node', ['scripts/seed.mjs', '--if-empty'], { cwd: root, stdio: 'inherit', env: process.env }).on('exit', (c) =>
    resolveSeed(c === 0),
  );
});
if (!seed) {
  console.error('✖ Seeding the demo data failed (see above).');
  await stopAll(1);
}

start('Vite', bin('vite'), ['--port', String(VITE_PORT), '--strictPort'], {
  ...process.env,
  VITE_USE_EMULATORS: 'true',
});

console.log(`
  App:          http://localhost:${VITE_PORT}
  Demo logins:  password ${DEMO_LOGINS.password} for every account
                ${DEMO_LOGINS.organizer} (organizer)
                ${DEMO_LOGINS.judges[0]} … ${DEMO_LOGINS.judges.at(-1)} (judges)
                ${DEMO_LOGINS.teams[0]} … ${DEMO_LOGINS.teams.at(-1)} (teams, one per entry)
  Reset links:  printed by the Auth emulator below
  Stop:         Ctrl-C (data is kept; npm run dev:fresh starts from a clean seed)
`);
