import { Timestamp, type WriteBatch } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { eligibilityChange } from '../../src/domain/people';
import { db } from './admin';
import { appendAudit } from './audit';
import { commitInBatches } from './batched-writes';
import { callable } from './callable';
import { readDoc, schemas } from './documents';
import { inputId, parseInput, reason } from './input';
import { assignmentsPath, entryPath, sheetsPath } from './paths';
import { refusal } from './people-fields';
import { requireRole } from './require-role';

const Input = z.object({
  competitionId: inputId,
  entryId: inputId,
  action: z.enum(['disqualify', 'reinstate']),
  reason,
});

/** Firestore's answer when a write's precondition (the entry's last update time) fails. */
const FAILED_PRECONDITION = 9;

/**
 * An organizer disqualifies an entry, with a reason, or reinstates it. A
 * disqualified entry leaves assignment: its assignment documents and draft
 * sheets go (submitted sheets stay; the export leaves disqualified entries out
 * of the ranking). Reinstating returns it to submitted, or to draft if it was
 * never submitted; it is then assigned again like any other. The entry's
 * change and its audit event land together in the last batch, and only if
 * the entry did not change since it was read (a team saving meanwhile): the
 * organizer then tries again.
 */
export const setEntryEligibility = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { entryId, action, reason: why } = parseInput(Input, request.data);

  const entrySnap = await db.doc(entryPath(competitionId, entryId)).get();
  if (!entrySnap.exists) throw new HttpsError('not-found', 'No such entry.');
  const entry = readDoc(entrySnap, schemas.entry);
  const change = eligibilityChange(entry, action);
  if (!change.ok) {
    throw refusal('failed-precondition', `A ${change.status} entry cannot be ${action}d.`, {
      reason: change.reason,
      status: change.status,
    });
  }
  if (!change.changed) return { status: change.to };

  const ops: ((batch: WriteBatch) => void)[] = [];
  let removedAssignments = 0;
  let removedDrafts = 0;
  if (change.to === 'disqualified') {
    const [assignments, drafts] = await Promise.all([
      db.collection(assignmentsPath(competitionId)).where('entryId', '==', entryId).get(),
      db.collection(sheetsPath(competitionId)).where('entryId', '==', entryId).where('status', '==', 'draft').get(),
    ]);
    for (const d of [...assignments.docs, ...drafts.docs]) ops.push((b) => b.delete(d.ref));
    removedAssignments = assignments.size;
    removedDrafts = drafts.size;
  }
  try {
    await commitInBatches(ops, (batch) => {
      batch.update(
        entrySnap.ref,
        { status: change.to, revision: entry.revision + 1, updatedAt: Timestamp.now() },
        { lastUpdateTime: entrySnap.updateTime! },
      );
      appendAudit(batch, competitionId, {
        type: action === 'disqualify' ? 'entry.disqualified' : 'entry.reinstated',
        actorUid: organizer.uid,
        subject: { kind: 'entry', id: entryId },
        data: {
          code: entry.code,
          reason: why,
          from: entry.status,
          ...(action === 'disqualify' ? { removedAssignments, removedDrafts } : {}),
        },
      });
    });
  } catch (err) {
    if ((err as { code?: unknown }).code === FAILED_PRECONDITION) {
      throw new HttpsError('aborted', 'The entry changed meanwhile; try again.');
    }
    throw err;
  }
  return { status: change.to };
});
