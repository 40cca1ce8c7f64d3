// `npm test`: every check, in order, stopping at the first failure:
// typecheck and lint (side by side: each is single-threaded, the machine has
// two cores) → unit and component tests → emulator suites (rules, functions)
// → the progress triggers' suite and the end-to-end browser journeys, in one
// set of emulators.
//
// Where the Firestore emulator cannot exist on this machine (no Java 21 and no
// installed emulator jar), the emulator and browser stages are skipped with a
// loud banner saying why; where it exists, they always run.
import { spawn, spawnSync } from 'node:child_process';
import { emulatorEnv, root } from './emulators/emulator-env.mjs';

const stages = [
  {
    name: 'typecheck and lint',
    parallel: [
      { name: 'typecheck', command: 'npm run --silent typecheck' },
      { name: 'lint', command: 'npm run --silent lint' },
    ],
  },
  // Vitest runs test files in (cores − 1) workers by default: one on two
  // cores, which left a core idle for the whole stage. Nothing else runs then.
  { name: 'unit and component tests', command: 'npx vitest run --project unit --maxWorkers=100%' },
  {
    name: 'emulator suites (rules, functions)',
    command: 'npm run --silent test:emulators:untriggered',
    needsEmulators: true,
  },
  // The progress triggers' suite runs in the browser journeys' emulators,
  // which have the triggers on (the suites above run without them), rather
  // than in a set of emulators started for it alone.
  {
    name: 'progress triggers suite, then end-to-end browser journeys',
    command: 'npm run --silent test:e2e -- --with-progress-suite',
    needsEmulators: true,
    // Screenshots are for people to look at; nobody does in a full run
    // (E2E_SCREENSHOTS=1 npm test takes them).
    env: { E2E_SCREENSHOTS: process.env.E2E_SCREENSHOTS ?? '0' },
  },
];

const env = emulatorEnv();
const started = Date.now();
const skipped = [];

/**
 * Runs commands at once, each one's output held and printed whole when it
 * ends (interleaved lines would be unreadable); resolves to the failures.
 */
async function runSideBySide(commands) {
  const results = await Promise.all(
    commands.map(
      ({ name, command }) =>
        new Promise((resolve) => {
          const child = spawn(command, { cwd: root, shell: true });
          let output = '';
          child.stdout.on('data', (d) => (output += d));
          child.stderr.on('data', (d) => (output += d));
          child.on('close', (code) => {
            console.log(`\n── ${name} (exit ${code}) ──\n${output}`);
            resolve({ name, code });
          });
        }),
    ),
  );
  return results.filter((r) => r.code !== 0).map((r) => `${r.name} (exit ${r.code})`);
}

for (const { name, command, needsEmulators, parallel, env: stageEnv } of stages) {
  if (needsEmulators && !env.ok) {
    skipped.push(name);
    const line = '!'.repeat(78);
    console.log(
      `\n${line}\n!! SKIPPED: ${name}\n!! because the Firebase emulators cannot run here: ${env.reason}\n${line}\n`,
    );
    continue;
  }
  const t0 = Date.now();
  if (parallel) {
    console.log(`\n▶ ${name}: ${parallel.map((p) => p.command).join(' & ')}`);
    const failed = await runSideBySide(parallel);
    if (failed.length > 0) {
      console.error(`\n✖ ${failed.join(', ')} failed; later stages were not run.`);
      process.exit(1);
    }
    console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    continue;
  }
  console.log(`\n▶ ${name}: ${command}`);
  const run = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, ...stageEnv } });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal}); later stages were not run.`);
    process.exit(run.status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
if (skipped.length === 0) console.log(`\n✔ all stages passed in ${took}`);
else
  console.log(
    `\n✔ ${stages.length - skipped.length} stages passed in ${took}; SKIPPED (see above): ${skipped.join(', ')}`,
  );
