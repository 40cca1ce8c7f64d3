// The demo seed, written to the emulators by the same code as `npm run seed`.
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';
import { clearEmulators, seedDemo } from '../../scripts/seed/write-demo.mjs';

export { DEMO_COMPETITION_ID, DEMO_ROUND_ID } from '../../scripts/seed/demo-contest.mjs';

export async function freshDemo(): Promise<void> {
  useEmulatorHosts();
  await clearEmulators();
  // Just cleared: the accounts are created outright (seedDemo `fresh`).
  await seedDemo({ fresh: true });
}
