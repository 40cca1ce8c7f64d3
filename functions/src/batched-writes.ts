import type { WriteBatch } from 'firebase-admin/firestore';
import { db } from './admin';

/** Firestore allows 500 writes per batch; a little less leaves room for the last batch's audit event. */
export const BATCH_LIMIT = 450;

/**
 * Applies `ops` in batches of at most BATCH_LIMIT writes; `last` adds the
 * final writes (the audit event) to the last batch, so the trail lands with
 * the last of the change. Batches commit one after another: a failure leaves
 * the earlier ones written, and re-running the same request completes it.
 */
export async function commitInBatches(
  ops: readonly ((batch: WriteBatch) => void)[],
  last: (batch: WriteBatch) => void,
): Promise<number> {
  let batches = 0;
  for (let i = 0; i === 0 || i < ops.length; i += BATCH_LIMIT) {
    const batch = db.batch();
    ops.slice(i, i + BATCH_LIMIT).forEach((op) => op(batch));
    if (i + BATCH_LIMIT >= ops.length) last(batch);
    await batch.commit();
    batches += 1;
  }
  return batches;
}
