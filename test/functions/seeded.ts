// The demo seed, written to the emulators by the same code as `npm run seed`.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { useEmulatorHosts } from '../../scripts/seed/emulator-hosts.mjs';
import { DEMO_COMPETITION_ID } from '../../scripts/seed/demo-contest.mjs';
import { clearEmulators, seedDemo } from '../../scripts/seed/write-demo.mjs';

export { DEMO_COMPETITION_ID, DEMO_ROUND_ID } from '../../scripts/seed/demo-contest.mjs';

export async function freshDemo(): Promise<void> {
  useEmulatorHosts();
  await clearEmulators();
  await seedDemo();
  await mirrorOpenRounds();
}

/**
 * Stopgap: the demo seed of 4311d29 lost the competition's `openRoundIds`
 * (every function reading the competition then refuses it as malformed).
 * Until the seed sets it again, it is derived here from the rounds, as the
 * rules expect it; once the seed has it, this does nothing.
 */
async function mirrorOpenRounds(): Promise<void> {
  const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));
  const ref = db.doc(`competitions/${DEMO_COMPETITION_ID}`);
  const snap = await ref.get();
  if (Array.isArray(snap.get('openRoundIds'))) return;
  const rounds = (snap.get('rounds') ?? []) as { id: string; status: string }[];
  await ref.update({ openRoundIds: rounds.filter((r) => r.status === 'open').map((r) => r.id) });
}
