import type { Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { db } from './admin';
import { readDoc, schemas } from './documents';
import { stagePath } from './stage-paths';

/**
 * A roadshow round's sheet may be submitted only for the team on stage while
 * its scoring is open (the rules check the same for drafts). Read in the
 * submitting transaction, so a reveal committed first closes scoring for it:
 * `failed-precondition` with `details.reason` 'not-on-stage' or 'scoring-closed'.
 */
export async function requireOnStage(tx: Transaction, cid: string, roundId: string, entryId: string): Promise<void> {
  const snap = await tx.get(db.doc(stagePath(cid, roundId)));
  const stage = snap.exists ? readDoc(snap, schemas.stage) : null;
  if (stage?.current?.entryId !== entryId) {
    throw new HttpsError('failed-precondition', 'This team is not on stage.', { reason: 'not-on-stage' });
  }
  if (stage.phase !== 'scoring') {
    throw new HttpsError('failed-precondition', 'Scoring for this team is closed.', { reason: 'scoring-closed' });
  }
}
