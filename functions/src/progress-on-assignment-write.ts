import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { assignmentChangeTargets } from '../../src/domain/progress';
import { committedAt, recomputeProgress } from './progress-recompute';

/**
 * An assignment gained or lost a round (assignRound, a recusal's
 * replacement, a re-review judge, an advancement): the totals of that round
 * and the progress of its judge and entry in it are recomputed from the
 * stored assignments. Idempotent and order-free.
 */
export const progressOnAssignmentWrite = onDocumentWritten(
  'competitions/{cid}/assignments/{assignmentId}',
  async (event) => {
    const change = event.data;
    if (!change) return;
    const side = (s: typeof change.before) => (s.exists ? { roundIds: s.get('roundIds') as unknown } : null);
    const targets = assignmentChangeTargets(event.params.assignmentId, side(change.before), side(change.after));
    await recomputeProgress(event.params.cid, targets, committedAt(event));
  },
);
