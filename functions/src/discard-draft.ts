import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { inputId, parseInput, reason, sheetIdInput } from './input';
import { sheetPath } from './paths';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, sheetId: sheetIdInput, reason });

/** A string field of a stored document, or null: for the audit trail only. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 128) : null);

/**
 * An organizer deletes a sheet that was never submitted: a draft the judge
 * cannot finish or repair (the round has closed, the judge has left) or one
 * whose content is unusable. Submitted and recused sheets are never deleted
 * here (reopen them instead). The audit trail records who, why, and whose
 * sheet it was; the discarded values themselves are not copied.
 */
export const discardDraft = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { sheetId, reason: why } = parseInput(Input, request.data);
  const ref = db.doc(sheetPath(competitionId, sheetId));

  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) throw new HttpsError('not-found', 'No such sheet.');
    const status: unknown = snap.get('status');
    if (status === 'submitted' || status === 'recused') {
      throw new HttpsError('failed-precondition', `This sheet is ${status}, not a draft: reopen it instead.`);
    }
    tx.delete(ref);
    appendAudit(tx, competitionId, {
      type: 'sheet.draft-discarded',
      actorUid: organizer.uid,
      subject: { kind: 'sheet', id: sheetId },
      data: {
        reason: why,
        roundId: textOf(snap.get('roundId')),
        judgeUid: textOf(snap.get('judgeUid')),
        entryId: textOf(snap.get('entryId')),
      },
    });
    return { sheetId, discarded: true as const };
  });
});
