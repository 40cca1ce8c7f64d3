import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit } from './audit';
import { db } from './admin';
import { schemas } from './documents';
import { organizerSheetAction } from './organizer-sheet-action';
import { competitionPath } from './paths';

/**
 * An organizer turns a submitted or recused sheet back into a draft, so that
 * its judge can correct it, only while its round is open (a draft in a closed
 * round could never be submitted again, and the sheet would silently drop
 * out of the results). The draft keeps the sheet's numeric scores and its
 * comments, whatever else it held is dropped, and its ids come from the
 * document id (the rules make the fields equal them), so even a damaged
 * sheet can be reopened. The sheet carries the reason (`reopened`) for its
 * judge to read; the audit trail records who, why, and what it was.
 */
export const reopenSheet = organizerSheetAction(async ({ tx, snap, competitionId, sheet, organizerUid, reason }) => {
  const raw = snap.data() ?? {};
  const previous = raw.status;
  if (previous !== 'submitted' && previous !== 'recused') {
    throw new HttpsError(
      'failed-precondition',
      'This sheet is not submitted or recused: its judge can still edit it, or you can discard it.',
    );
  }
  const { sheetId, roundId, judgeUid, entryId } = sheet;
  const competition = await tx.get(db.doc(competitionPath(competitionId)));
  const openRoundIds: unknown = competition.get('openRoundIds');
  if (!Array.isArray(openRoundIds) || !openRoundIds.includes(roundId)) {
    throw new HttpsError(
      'failed-precondition',
      `Round ${roundId} is not open: a reopened sheet could not be submitted again. Open the round first.`,
    );
  }
  // Read as the draft it becomes: non-numeric scores and a bad comment drop out.
  const draft = schemas.sheet.parse({ ...raw, roundId, judgeUid, entryId, status: 'draft' });
  tx.set(snap.ref, {
    roundId,
    judgeUid,
    entryId,
    status: 'draft',
    scores: draft.scores,
    comments: draft.comments,
    comment: draft.comment,
    // The judge's next save must be the next revision (rules).
    revision: draft.revision + 1,
    updatedAt: FieldValue.serverTimestamp(),
    submittedAt: null,
    // What the judge's home tells them until they submit again (submitSheet clears it).
    reopened: { reason, at: FieldValue.serverTimestamp() },
  });
  appendAudit(tx, competitionId, {
    type: 'sheet.reopened',
    actorUid: organizerUid,
    subject: { kind: 'sheet', id: sheetId },
    data: { reason, previousStatus: previous, roundId, judgeUid, entryId },
  });
  return { sheetId, status: 'draft' as const };
});
