import { createHash } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { buildExport } from '../../src/domain/export';
import { computeResults } from '../../src/domain/results';
import { db } from './admin';
import { appendAudit } from './audit';
import { competitionPath, entriesPath, resultsPath, sheetsPath } from './paths';
import { requireRole } from './require-role';
import { toCompetition, toEntry, toSheet } from './to-domain';

const Input = z.object({ competitionId: z.string().min(1), roundId: z.string().min(1) });

/**
 * An organizer computes a round's results: the round's sheets go through the
 * one results engine (src/domain/results), and the results are stored with the
 * SHA-256 of the exact export they came from, so they can be re-checked.
 * Data the engine refuses is reported problem by problem, and nothing is stored.
 */
export const computeRoundResults = onCall(async (request) => {
  const parsed = Input.safeParse(request.data);
  if (!parsed.success) throw new HttpsError('invalid-argument', 'competitionId and roundId are required.');
  const { competitionId, roundId } = parsed.data;
  const organizer = await requireRole(request, competitionId, 'organizer');

  const competitionSnap = await db.doc(competitionPath(competitionId)).get();
  if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
  const competition = toCompetition(competitionSnap);
  if (!competition.rounds.some((r) => r.id === roundId)) throw new HttpsError('not-found', 'No such round.');

  const [entrySnaps, sheetSnaps] = await Promise.all([
    db.collection(entriesPath(competitionId)).get(),
    db.collection(sheetsPath(competitionId)).where('roundId', '==', roundId).get(),
  ]);
  const exported = buildExport(competition, roundId, entrySnaps.docs.map(toEntry), sheetSnaps.docs.map(toSheet));
  const outcome = computeResults(exported);
  if (!outcome.ok) {
    throw new HttpsError('failed-precondition', 'The round’s data cannot be computed.', { problems: outcome.problems });
  }
  const exportSha256 = createHash('sha256').update(JSON.stringify(exported)).digest('hex');

  const batch = db.batch();
  batch.set(db.doc(resultsPath(competitionId, roundId)), {
    roundId,
    computedAt: FieldValue.serverTimestamp(),
    computedBy: organizer.uid,
    results: outcome.results,
    exportSha256,
  });
  appendAudit(batch, competitionId, {
    type: 'results.computed',
    actorUid: organizer.uid,
    subject: { kind: 'round', id: roundId },
    data: { exportSha256, sheets: exported.sheets.length },
  });
  await batch.commit();
  return { results: outcome.results, exportSha256 };
});
