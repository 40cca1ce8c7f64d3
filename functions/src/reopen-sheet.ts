import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit } from './audit';
import { describeIssues, schemas } from './documents';
import { organizerSheetAction } from './organizer-sheet-action';
import { capProblems } from './problems';

/**
 * An organizer turns a submitted or recused sheet back into a draft, so that
 * its judge can correct it while the round is open. The draft keeps the
 * sheet's numeric scores and its comment (whatever else it held is dropped),
 * and the audit trail records who reopened it, why, and what it was.
 */
export const reopenSheet = organizerSheetAction(({ tx, snap, competitionId, sheetId, organizerUid, reason }) => {
  const raw = snap.data() ?? {};
  const previous = raw.status;
  if (previous !== 'submitted' && previous !== 'recused') {
    throw new HttpsError(
      'failed-precondition',
      'This sheet is not submitted or recused: its judge can still edit it, or you can discard it.',
    );
  }
  // Read as the draft it becomes: non-numeric scores and a bad comment drop out.
  const parsed = schemas.sheet.safeParse({ ...raw, status: 'draft' });
  if (!parsed.success) {
    throw new HttpsError('failed-precondition', 'This sheet is too damaged to reopen: discard it instead.', {
      problems: capProblems(describeIssues(snap.ref.path, raw, parsed.error.issues)),
    });
  }
  const { roundId, judgeUid, entryId, scores, comment } = parsed.data;
  tx.set(snap.ref, {
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
    actorUid: organizerUid,
    subject: { kind: 'sheet', id: sheetId },
    data: { reason, previousStatus: previous, roundId, judgeUid, entryId },
  });
  return { sheetId, status: 'draft' as const };
});
