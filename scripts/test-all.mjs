// `npm test`: every check, in order, stopping at the first failure:
// typecheck → lint → unit and component tests → emulator suites (rules,
// functions) → end-to-end browser journeys.
//
// Where the Firestore emulator cannot exist on this machine (no Java 21 and no
// installed emulator jar), the emulator and browser stages are skipped with a
// loud banner saying why; where it exists, they always run.
import { spawnSync } from 'node:child_process';
import { emulatorEnv, root } from './emulators/emulator-env.mjs';

const stages = [
  { name: 'typecheck', command: 'npm run --silent typecheck' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'unit and component tests', command: 'npx vitest run --project unit' },
  { name: 'emulator suites (rules, functions)', command: 'npm run --silent test:emulators', needsEmulators: true },
  { name: 'end-to-end browser journeys', command: 'npm run --silent test:e2e', needsEmulators: true },
];

const env = emulatorEnv();
const started = Date.now();
const skipped = [];
for (const { name, command, needsEmulators } of stages) {
  if (needsEmulators && !env.ok) {
    skipped.push(name);
    const line = '!'.repeat(78);
    console.log(
      `\n${line}\n!! SKIPPED: ${name}\n!! because the Firebase emulators cannot run here: ${env.reason}\n${line}\n`,
    );
    continue;
  }
  console.log(`\n▶ ${name}: ${command}`);
  const t0 = Date.now();
  const run = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true });
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
