import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { assignmentId, roundRubric, sheetId } from '../../src/domain/model';
import { describeScoreProblem, validateScores } from '../../src/domain/scoring';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { criterionMap, inputId, parseInput } from './input';
import { assignmentPath, competitionPath, entryPath, sheetPath } from './paths';
import { capProblems } from './problems';
import { requireRole } from './require-role';
import { requireOnStage } from './stage-scoring';

const Input = z.object({
  competitionId: inputId,
  roundId: inputId,
  entryId: inputId,
  scores: criterionMap(50, z.unknown()),
  comments: criterionMap(20, z.string().max(1000)).default({}),
  comment: z.string().max(2000).default(''),
});

/**
 * A judge submits a score sheet. Clients may only write drafts (rules); a
 * submitted sheet is checked here against the rubric, locked, and recorded in
 * the audit trail, all in one transaction.
 */
export const submitSheet = callable(async (request) => {
  const { competitionId, member: judge } = await requireRole(request, 'judge');
  const { roundId, entryId, scores, comments, comment } = parseInput(Input, request.data);

  return db.runTransaction(async (tx) => {
    const competitionSnap = await tx.get(db.doc(competitionPath(competitionId)));
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    if (!competition.openRoundIds.includes(roundId)) {
      throw new HttpsError('failed-precondition', 'This round is not open for scoring.');
    }
    if (competition.rounds.find((r) => r.id === roundId)?.kind === 'roadshow') {
      await requireOnStage(tx, competitionId, roundId, entryId);
    }
    const assignmentSnap = await tx.get(db.doc(assignmentPath(competitionId, assignmentId(judge.uid, entryId))));
    const assignment = assignmentSnap.exists ? parseDoc(assignmentSnap, schemas.assignment) : null;
    if (!assignment?.ok || !assignment.value.roundIds.includes(roundId)) {
      throw new HttpsError('permission-denied', 'This entry is not assigned to you in this round.');
    }
    const entrySnap = await tx.get(db.doc(entryPath(competitionId, entryId)));
    if (!entrySnap.exists || readDoc(entrySnap, schemas.entry).status !== 'submitted') {
      throw new HttpsError(
        'failed-precondition',
        'This entry is no longer in the competition (withdrawn or disqualified).',
      );
    }
    const sheetRef = db.doc(sheetPath(competitionId, sheetId(roundId, judge.uid, entryId)));
    const existing = await tx.get(sheetRef);
    const stored = existing.exists ? readDoc(existing, schemas.sheet) : null;
    const status = stored?.status ?? null;
    if (status === 'submitted' || status === 'recused') {
      throw new HttpsError('failed-precondition', `This sheet is already ${status}; an organizer can reopen it.`);
    }
    const criteria = roundRubric(competition, roundId).criteria;
    const problems = [
      ...validateScores(criteria, scores, { complete: true }).map(describeScoreProblem),
      ...Object.keys(comments)
        .filter((k) => !criteria.some((c) => c.id === k))
        .map((k) => `comments.${k}: not a criterion of this rubric`),
    ];
    if (problems.length > 0) {
      throw new HttpsError('invalid-argument', 'Some scores are not valid.', {
        problems: capProblems(problems),
      });
    }
    tx.set(sheetRef, {
      roundId,
      judgeUid: judge.uid,
      entryId,
      status: 'submitted',
      scores,
      comments,
      comment,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: FieldValue.serverTimestamp(),
      // A reopened sheet submitted again: the judge's home stops showing the reason.
      reopened: null,
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
