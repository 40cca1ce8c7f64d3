// Seeds the local emulators with the demo competition and its accounts.
//   node scripts/seed.mjs             seed (overwrites the demo documents)
//   node scripts/seed.mjs --if-empty  only when the demo competition is absent (npm run dev)
//   node scripts/seed.mjs --fresh     wipe the emulators' Firestore and Auth first
// Refuses to run unless it is talking to emulators.
import { parseArgs } from 'node:util';
import { useEmulatorHosts } from './seed/emulator-hosts.mjs';
import { DEMO_COMPETITION_ID } from './seed/demo-contest.mjs';
import { clearEmulators, seedDemo } from './seed/write-demo.mjs';

const { values } = parseArgs({
  options: { 'if-empty': { type: 'boolean', default: false }, fresh: { type: 'boolean', default: false } },
});
useEmulatorHosts();

try {
  if (values.fresh) await clearEmulators();
  const written = await seedDemo({ ifEmpty: values['if-empty'], fresh: values.fresh });
  console.log(
    written
      ? `✔ Seeded the demo competition ${DEMO_COMPETITION_ID}: ${written.entries} entries, ${written.sheets} score sheets, ${written.users} accounts.`
      : `✔ Demo competition ${DEMO_COMPETITION_ID} already there: kept the emulator data as it was.`,
  );
  process.exit(0);
} catch (err) {
  console.error(`✖ Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
