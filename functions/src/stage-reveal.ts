// The reveal's reads and computation (stageControl's `reveal` and
// `screenLink`): the round limited to its revealed entries, through the same
// export builder and results engine as computeRoundResults, so a score shown
// on stage is the score the round's results give the entry.
import type { Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { buildExport } from '../../src/domain/export';
import type { Competition, Entry, ScoreSheet } from '../../src/domain/model';
import { computeResults, type ComputeOutcome } from '../../src/domain/results';
import { db } from './admin';
import { orRefuse, parseDoc, schemas } from './documents';
import { sheetsPath } from './paths';
import { capProblems } from './problems';

/** The round's submitted sheets (a roadshow round has tens of teams and judges: a few hundred documents). */
export async function readSubmittedSheets(tx: Transaction, cid: string, roundId: string): Promise<ScoreSheet[]> {
  const snap = await tx.get(
    db.collection(sheetsPath(cid)).where('roundId', '==', roundId).where('status', '==', 'submitted'),
  );
  return orRefuse(snap.docs.map((s) => parseDoc(s, schemas.sheet))) as ScoreSheet[];
}

/**
 * The engine's results of the round counting only `entryIds` (the revealed
 * entries): the export is built exactly as computeRoundResults builds it,
 * with judges by uid rather than by their published letters. Nothing in a
 * score depends on judge ids (normalization 'none'); only which of two equal
 * totals is the struck one may differ, never a number (docs/roadshow.md).
 * Data the engine refuses is refused here, problem by problem.
 */
export function computeRevealed(
  competition: Competition,
  roundId: string,
  entries: ReadonlyMap<string, Entry>,
  sheets: readonly ScoreSheet[],
  entryIds: readonly string[],
): Extract<ComputeOutcome, { ok: true }> {
  const keep = new Set(entryIds);
  const listed = [...entries.values()].filter((e) => keep.has(e.id));
  const exported = buildExport(
    competition,
    roundId,
    listed,
    sheets.filter((s) => keep.has(s.entryId)),
  );
  const outcome = computeResults(exported);
  if (!outcome.ok) {
    throw new HttpsError('failed-precondition', 'The revealed sheets cannot be computed.', {
      problems: capProblems(outcome.problems),
    });
  }
  return outcome;
}
