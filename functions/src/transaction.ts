import type { Transaction } from 'firebase-admin/firestore';
import { db } from './admin';

/**
 * db.runTransaction, retried when the Firestore emulator closes a transaction
 * under contention. Production Firestore answers contention with ABORTED,
 * which the SDK retries by itself; the emulator (firebase-tools#4473, #6758)
 * may instead answer INVALID_ARGUMENT "Transaction is invalid or closed",
 * which it does not. Two clicks of one button are exactly such contention, and
 * must give one result, not an error, wherever the function runs.
 */
export async function runTransaction<T>(work: (tx: Transaction) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(work);
    } catch (err) {
      const closed =
        (err as { code?: unknown; details?: unknown }).code === 3 &&
        String((err as { details?: unknown }).details).includes('Transaction is invalid or closed');
      if (!closed || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}
