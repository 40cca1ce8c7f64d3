import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit } from './audit';
import { schemas } from './documents';
import { organizerSheetAction } from './organizer-sheet-action';

/**
 * An organizer deletes a sheet that does not count: a draft the judge cannot
 * finish or repair (the round has closed, the judge has left), or a sheet so
 * damaged that it is no valid sheet at all, whatever its status says (it
 * would stop the round's computation, and cannot be reopened). A valid
 * submitted or recused sheet is never deleted here: reopen it instead. The
 * audit trail records who, why, whose sheet and what it was; the values
 * themselves are not copied.
 */
export const discardDraft = organizerSheetAction(({ tx, snap, competitionId, sheet, organizerUid, reason }) => {
  const raw: unknown = snap.get('status');
  const valid = schemas.sheet.safeParse(snap.data());
  if (valid.success && valid.data.status !== 'draft') {
    throw new HttpsError('failed-precondition', `This sheet is ${valid.data.status}, not a draft: reopen it instead.`);
  }
  tx.delete(snap.ref);
  const { sheetId, roundId, judgeUid, entryId } = sheet;
  appendAudit(tx, competitionId, {
    type: 'sheet.draft-discarded',
    actorUid: organizerUid,
    subject: { kind: 'sheet', id: sheetId },
    data: {
      reason,
      status: typeof raw === 'string' ? raw.slice(0, 32) : null,
      damaged: !valid.success,
      roundId,
      judgeUid,
      entryId,
    },
  });
  return { sheetId, discarded: true as const };
});
