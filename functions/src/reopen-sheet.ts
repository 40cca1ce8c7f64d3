import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { describeIssues, schemas } from './documents';
import { inputId, parseInput, reason, sheetIdInput } from './input';
import { sheetPath } from './paths';
import { capProblems } from './problems';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, sheetId: sheetIdInput, reason });

/**
 * An organizer turns a submitted or recused sheet back into a draft, so that
 * its judge can correct it while the round is open. The draft keeps the
 * sheet's numeric scores and its comment (whatever else it held is dropped),
 * and the audit trail records who reopened it, why, and what it was.
 */
export const reopenSheet = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { sheetId, reason: why } = parseInput(Input, request.data);
  const ref = db.doc(sheetPath(competitionId, sheetId));

  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) throw new HttpsError('not-found', 'No such sheet.');
    const raw = snap.data() ?? {};
    const previous = raw.status;
    if (previous !== 'submitted' && previous !== 'recused') {
      throw new HttpsError(
        'failed-precondition',
        'This sheet is not submitted or recused: its judge can still edit it, or you can discard it.',
      );
    }
    const parsed = schemas.sheet.safeParse({ ...raw, status: 'draft' });
    if (!parsed.success) {
      throw new HttpsError('failed-precondition', 'This sheet is too damaged to reopen: discard it instead.', {
        problems: capProblems(describeIssues(ref.path, raw, parsed.error.issues)),
      });
    }
    const { roundId, judgeUid, entryId, scores, comment } = parsed.data;
    tx.set(ref, {
      roundId,
      judgeUid,
      entryId,
      status: 'draft',
      scores,
      comment,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: null,
    });
    appendAudit(tx, competitionId, {
      type: 'sheet.reopened',
      actorUid: organizer.uid,
      subject: { kind: 'sheet', id: sheetId },
      data: { reason: why, previousStatus: previous, roundId, judgeUid, entryId },
    });
    return { sheetId, status: 'draft' as const };
  });
});
