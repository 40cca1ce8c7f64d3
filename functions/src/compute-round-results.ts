import { createHash } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { buildExport, COUNTED_ENTRY_STATUSES } from '../../src/domain/export';
import { computeResults } from '../../src/domain/results';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { orRefuse, parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, entriesPath, resultsPath, sheetsPath } from './paths';
import { capProblems } from './problems';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, roundId: inputId });

/**
 * An organizer computes a round's results: the round's sheets go through the
 * one results engine (src/domain/results), and the results are stored with the
 * SHA-256 of the exact export they came from, so they can be re-checked.
 * Only what counts is read: entries that were submitted (withdrawn and
 * disqualified ones stay in the export, as the format asks) and the round's
 * submitted sheets, so a judge's draft can neither break nor change the
 * computation. Data the engine refuses is reported problem by problem, and
 * nothing is stored.
 */
export const computeRoundResults = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { roundId } = parseInput(Input, request.data);

  const competitionSnap = await db.doc(competitionPath(competitionId)).get();
  if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
  const competition = readDoc(competitionSnap, schemas.competition);
  if (!competition.rounds.some((r) => r.id === roundId)) throw new HttpsError('not-found', 'No such round.');

  const [entrySnaps, sheetSnaps] = await Promise.all([
    db
      .collection(entriesPath(competitionId))
      .where('status', 'in', [...COUNTED_ENTRY_STATUSES])
      .get(),
    db.collection(sheetsPath(competitionId)).where('roundId', '==', roundId).where('status', '==', 'submitted').get(),
  ]);
  const [entries, sheets] = [
    orRefuse(entrySnaps.docs.map((s) => parseDoc(s, schemas.entry))),
    orRefuse(sheetSnaps.docs.map((s) => parseDoc(s, schemas.sheet))),
  ];
  const exported = buildExport(competition, roundId, entries, sheets);
  const outcome = computeResults(exported);
  if (!outcome.ok) {
    throw new HttpsError('failed-precondition', 'The round’s data cannot be computed.', {
      problems: capProblems(outcome.problems),
    });
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
