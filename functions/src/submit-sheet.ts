import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { assignmentId, sheetId } from '../../src/domain/model';
import { describeScoreProblem, validateScores } from '../../src/domain/scoring';
import { db } from './admin';
import { appendAudit } from './audit';
import { assignmentPath, competitionPath, entryPath, sheetPath } from './paths';
import { requireRole } from './require-role';
import { toCompetition } from './to-domain';

const Input = z.object({
  competitionId: z.string().min(1),
  roundId: z.string().min(1),
  entryId: z.string().min(1),
  scores: z.record(z.string(), z.unknown()),
  comment: z.string().max(2000).default(''),
});

/**
 * A judge submits a score sheet. Clients may only write drafts (rules); a
 * submitted sheet is checked here against the rubric, locked, and recorded in
 * the audit trail, all in one transaction.
 */
export const submitSheet = onCall(async (request) => {
  const parsed = Input.safeParse(request.data);
  if (!parsed.success) {
    throw new HttpsError('invalid-argument', 'competitionId, roundId, entryId and scores are required.');
  }
  const { competitionId, roundId, entryId, scores, comment } = parsed.data;
  const judge = await requireRole(request, competitionId, 'judge');

  return db.runTransaction(async (tx) => {
    const competitionSnap = await tx.get(db.doc(competitionPath(competitionId)));
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = toCompetition(competitionSnap);
    if (!competition.openRoundIds.includes(roundId)) {
      throw new HttpsError('failed-precondition', 'This round is not open for scoring.');
    }
    const assignment = await tx.get(db.doc(assignmentPath(competitionId, assignmentId(judge.uid, entryId))));
    const roundIds: unknown = assignment.get('roundIds');
    if (!assignment.exists || !Array.isArray(roundIds) || !roundIds.includes(roundId)) {
      throw new HttpsError('permission-denied', 'This entry is not assigned to you in this round.');
    }
    const entry = await tx.get(db.doc(entryPath(competitionId, entryId)));
    if (entry.get('status') !== 'submitted') {
      throw new HttpsError(
        'failed-precondition',
        'This entry is no longer in the competition (withdrawn or disqualified).',
      );
    }
    const sheetRef = db.doc(sheetPath(competitionId, sheetId(roundId, judge.uid, entryId)));
    const existing = await tx.get(sheetRef);
    const status: unknown = existing.get('status');
    if (status === 'submitted' || status === 'recused') {
      throw new HttpsError('failed-precondition', `This sheet is already ${status}; an organizer can reopen it.`);
    }
    const problems = validateScores(competition.rubric.criteria, scores, { complete: true });
    if (problems.length > 0) {
      throw new HttpsError('invalid-argument', 'Some scores are not valid.', {
        problems: problems.map(describeScoreProblem),
      });
    }
    tx.set(sheetRef, {
      roundId,
      judgeUid: judge.uid,
      entryId,
      status: 'submitted',
      scores,
      comment,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: FieldValue.serverTimestamp(),
    });
    appendAudit(tx, competitionId, {
      type: 'sheet.submitted',
      actorUid: judge.uid,
      subject: { kind: 'sheet', id: sheetRef.id },
      data: { roundId, entryId },
    });
    return { sheetId: sheetRef.id };
  });
});
