import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { sheetChangeTargets } from '../../src/domain/progress';
import { committedAt, recomputeProgress } from './progress-recompute';

/**
 * A sheet was created, saved, submitted, reopened, recused or deleted: the
 * progress of its judge (and, when its status changed, of its entry and its
 * round) is recomputed from the stored sheets. Idempotent and order-free, so
 * a repeated or late event changes nothing.
 */
export const progressOnSheetWrite = onDocumentWritten('competitions/{cid}/sheets/{sheetId}', async (event) => {
  const change = event.data;
  if (!change) return;
  const side = (s: typeof change.before) => (s.exists ? { status: s.get('status') as unknown } : null);
  const targets = sheetChangeTargets(event.params.sheetId, side(change.before), side(change.after));
  await recomputeProgress(event.params.cid, targets, committedAt(event));
});
