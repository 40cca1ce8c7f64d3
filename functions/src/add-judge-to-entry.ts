import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { reReviewRefusal } from '../../src/domain/fairness';
import { assignmentId, sheetId, type SheetStatus } from '../../src/domain/model';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { assignmentPath, competitionPath, entryPath, identityPath, memberPath, sheetPath } from './paths';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, roundId: inputId, entryId: inputId, judgeUid: inputId });

const SHEET_STATUSES: readonly string[] = ['draft', 'submitted', 'recused'];

const refuse = (message: string, details: Record<string, unknown>) =>
  new HttpsError('failed-precondition', message, details);

/**
 * Re-review (复评): an organizer adds one more judge to one entry of an open
 * round, typically where the judges disagree. The judge must be a judge
 * member with no conflict with the entry (declared, a shared organization,
 * or a recusal of it in this round: src/domain/fairness/re-review.ts) and
 * not already hold it. Writes or updates the pair's assignment (the round
 * added to its roundIds) and the audit event in one transaction, so two
 * clicks give one assignment and one event.
 */
export const addJudgeToEntry = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { roundId, entryId, judgeUid } = parseInput(Input, request.data);
  const assignmentRef = db.doc(assignmentPath(competitionId, assignmentId(judgeUid, entryId)));

  return runTransaction(async (tx) => {
    const [competition, entry, identity, judge, assignment, sheet] = await tx.getAll(
      db.doc(competitionPath(competitionId)),
      db.doc(entryPath(competitionId, entryId)),
      db.doc(identityPath(competitionId, entryId)),
      db.doc(memberPath(competitionId, judgeUid)),
      assignmentRef,
      db.doc(sheetPath(competitionId, sheetId(roundId, judgeUid, entryId))),
    );
    if (!competition?.exists) throw new HttpsError('not-found', 'No such competition.');
    const rounds: unknown = competition.get('rounds');
    if (!Array.isArray(rounds) || !rounds.some((r) => (r as { id?: unknown } | null)?.id === roundId)) {
      throw new HttpsError('not-found', `No round ${roundId} in this competition.`, { reason: 'no-round' });
    }
    const openRoundIds: unknown = competition.get('openRoundIds');
    if (!Array.isArray(openRoundIds) || !openRoundIds.includes(roundId)) {
      throw refuse(`Round ${roundId} is not open: open it before adding a judge.`, { reason: 'round-not-open' });
    }
    if (!entry?.exists) throw new HttpsError('not-found', 'No such entry.', { reason: 'no-entry' });
    if (entry.get('status') !== 'submitted') {
      throw refuse('This entry is not submitted: only competing entries are judged.', {
        reason: 'entry-not-submitted',
      });
    }

    const parsedJudge = judge?.exists ? parseDoc(judge, schemas.member) : null;
    const judgeMember = parsedJudge?.ok && parsedJudge.value.uid === judgeUid ? parsedJudge.value : null;
    const organization: unknown = identity?.get('organization');
    const roundIds: unknown = assignment?.get('roundIds');
    const sheetStatus: unknown = sheet?.get('status');
    const refusal = reReviewRefusal(
      judgeMember,
      { id: entryId, organization: typeof organization === 'string' ? organization : '' },
      {
        assigned: Array.isArray(roundIds) && roundIds.includes(roundId),
        sheetStatus: SHEET_STATUSES.includes(sheetStatus as string) ? (sheetStatus as SheetStatus) : null,
      },
    );
    if (refusal?.reason === 'not-a-judge') {
      throw refuse('This person is not a judge of this competition.', refusal);
    }
    if (refusal?.reason === 'conflict') {
      throw refuse('This judge has a conflict of interest with this entry.', refusal);
    }
    if (refusal?.reason === 'already-assigned') {
      throw refuse('This judge is already assigned to this entry in this round.', refusal);
    }

    if (assignment?.exists) tx.update(assignmentRef, { roundIds: FieldValue.arrayUnion(roundId) });
    else tx.set(assignmentRef, { judgeUid, entryId, roundIds: [roundId], assignedAt: FieldValue.serverTimestamp() });
    appendAudit(tx, competitionId, {
      type: 'assignment.added',
      actorUid: organizer.uid,
      subject: { kind: 'assignment', id: assignmentRef.id },
      data: { roundId, entryId, judgeUid },
    });
    return { assignmentId: assignmentRef.id };
  });
});
