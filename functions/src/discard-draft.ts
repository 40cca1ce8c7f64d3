import { HttpsError } from 'firebase-functions/v2/https';
import { appendAudit } from './audit';
import { organizerSheetAction } from './organizer-sheet-action';

/** A string field of a stored document, or null: for the audit trail only. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 128) : null);

/**
 * An organizer deletes a sheet that was never submitted: a draft the judge
 * cannot finish or repair (the round has closed, the judge has left) or one
 * whose content is unusable. Submitted and recused sheets are never deleted
 * here (reopen them instead). The audit trail records who, why, and whose
 * sheet it was; the discarded values themselves are not copied. The sheet is
 * read raw, not through its schema: it may be too damaged to parse.
 */
export const discardDraft = organizerSheetAction(({ tx, snap, competitionId, sheetId, organizerUid, reason }) => {
  const status: unknown = snap.get('status');
  if (status === 'submitted' || status === 'recused') {
    throw new HttpsError('failed-precondition', `This sheet is ${status}, not a draft: reopen it instead.`);
  }
  tx.delete(snap.ref);
  appendAudit(tx, competitionId, {
    type: 'sheet.draft-discarded',
    actorUid: organizerUid,
    subject: { kind: 'sheet', id: sheetId },
    data: {
      reason,
      roundId: textOf(snap.get('roundId')),
      judgeUid: textOf(snap.get('judgeUid')),
      entryId: textOf(snap.get('entryId')),
    },
  });
  return { sheetId, discarded: true as const };
});
