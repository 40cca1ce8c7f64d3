// Waits for the progress triggers to catch up with a competition's stored
// sheets and assignments. Seeding the demo or copying it fires some 760
// triggers, which the Functions emulator works through in about ten seconds
// on an idle machine and for over a minute beside a browser on a busy one. A
// page opened during that storm once loaded so slowly that its suite timed
// out (the fairness panel, in CI): suites start once their competition is quiet.
import { db, settled } from '../functions/progress-truth';

/** Polls until every round's progress documents say what its sheets say, or `patienceMs` has passed. */
export async function progressSettled(cid: string, patienceMs = 60_000): Promise<void> {
  const competition = await db().doc(`competitions/${cid}`).get();
  const rounds = (competition.get('rounds') as Array<{ id: string }> | undefined) ?? [];
  const deadline = Date.now() + patienceMs;
  for (const { id } of rounds) await settled(cid, id, Math.max(0, deadline - Date.now()));
  if (Date.now() > deadline) console.warn(`The progress of ${cid} did not settle within ${patienceMs} ms; going on.`);
}
