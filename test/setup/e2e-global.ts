// Once before the browser journeys: the demo was just seeded, and its some 760
// progress triggers are still running. The first suites wait for them
// rather than load pages beside them (test/e2e/progress-settled.ts).
import { DEMO_COMPETITION_ID } from '../../scripts/seed/demo-contest.mjs';
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';
import { progressSettled } from '../e2e/progress-settled';

export default async function waitForTheSeedsTriggers(): Promise<void> {
  useEmulatorHosts();
  const started = Date.now();
  await progressSettled(DEMO_COMPETITION_ID);
  console.log(`The demo's progress triggers caught up in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
