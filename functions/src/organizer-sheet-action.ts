import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from './admin';
import { callable } from './callable';
import { inputId, parseInput, reason, sheetIdInput } from './input';
import { sheetPath } from './paths';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, sheetId: sheetIdInput, reason });

export interface SheetAction {
  tx: Transaction;
  /** The sheet as stored: possibly damaged, which is why an organizer acts on it. */
  snap: DocumentSnapshot;
  competitionId: string;
  /** The sheet's id and its parts. */
  sheet: z.output<typeof sheetIdInput>;
  organizerUid: string;
  reason: string;
}

/**
 * A callable by which an organizer acts on one existing sheet, with a reason:
 * `{ competitionId, sheetId, reason }`, the sheet read in a transaction that
 * `act` completes (its change and its audit event).
 */
export function organizerSheetAction<T>(act: (action: SheetAction) => T) {
  return callable(async (request) => {
    const { competitionId, member } = await requireRole(request, 'organizer');
    const { sheetId: sheet, reason: why } = parseInput(Input, request.data);
    const ref = db.doc(sheetPath(competitionId, sheet.sheetId));
    return db.runTransaction(async (tx) => {
      const snap = await tx.get(ref);
      if (!snap.exists) throw new HttpsError('not-found', 'No such sheet.');
      return act({ tx, snap, competitionId, sheet, organizerUid: member.uid, reason: why });
    });
  });
}
