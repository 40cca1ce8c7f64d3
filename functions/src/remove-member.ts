import type { WriteBatch } from 'firebase-admin/firestore';
import { z } from 'zod';
import { isPermissionRefusal, removalRefusal } from '../../src/domain/people';
import { db } from './admin';
import { appendAudit } from './audit';
import { commitInBatches } from './batched-writes';
import { callable } from './callable';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { assignmentsPath, competitionPath, memberPath, membersPath, sheetsPath } from './paths';
import { refusal } from './people-fields';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, uid: inputId });

const MESSAGES = {
  owner: 'The owner cannot be removed; hand ownership to another organizer first.',
  team: 'A team is not removed here: its members manage it, organizers disqualify its entry.',
  'owner-only': 'Only the owner of the competition may remove an organizer.',
  'last-organizer': 'The last organizer cannot be removed.',
} as const;

/**
 * An organizer removes a judge (any organizer) or an organizer (the owner
 * only). The member document goes, so access ends at once. A judge's
 * assignments and draft sheets go with it; submitted and recused sheets stay
 * and still count, until an organizer reopens or discards them (audited
 * there). Many documents: batched, the member document and the audit event in
 * the last batch, so that a failed run can be run again to complete it.
 */
export const removeMember = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { uid } = parseInput(Input, request.data);

  const [competitionSnap, targetSnap] = await Promise.all([
    db.doc(competitionPath(competitionId)).get(),
    db.doc(memberPath(competitionId, uid)).get(),
  ]);
  if (!targetSnap.exists) {
    throw refusal('not-found', 'This person is not a member of the competition.', { reason: 'not-member' });
  }
  const ownerUid = competitionSnap.exists ? readDoc(competitionSnap, schemas.competition).ownerUid : '';
  const target = readDoc(targetSnap, schemas.member.pick({ role: true }));
  const organizerCount =
    target.role === 'organizer'
      ? (await db.collection(membersPath(competitionId)).where('role', '==', 'organizer').count().get()).data().count
      : 0;
  const refused = removalRefusal({ uid, role: target.role }, { callerUid: organizer.uid, ownerUid, organizerCount });
  if (refused) {
    throw refusal(
      isPermissionRefusal(refused) ? 'permission-denied' : 'failed-precondition',
      MESSAGES[refused.reason],
      refused,
    );
  }

  const ops: ((batch: WriteBatch) => void)[] = [];
  let keptSheets = 0;
  let removedAssignments = 0;
  let removedDrafts = 0;
  if (target.role === 'judge') {
    const [assignments, sheets] = await Promise.all([
      db.collection(assignmentsPath(competitionId)).where('judgeUid', '==', uid).get(),
      db.collection(sheetsPath(competitionId)).where('judgeUid', '==', uid).get(),
    ]);
    // Assignments first: the rules let a judge write only the sheets of their assignments.
    for (const a of assignments.docs) ops.push((b) => b.delete(a.ref));
    removedAssignments = assignments.size;
    for (const s of sheets.docs) {
      if (s.get('status') === 'draft') {
        ops.push((b) => b.delete(s.ref));
        removedDrafts += 1;
      } else keptSheets += 1;
    }
  }
  const data = { role: target.role, keptSheets, removedAssignments, removedDrafts };
  await commitInBatches(ops, (batch) => {
    batch.delete(targetSnap.ref);
    appendAudit(batch, competitionId, {
      type: 'member.removed',
      actorUid: organizer.uid,
      subject: { kind: 'member', id: uid },
      data,
    });
  });
  return { role: target.role, keptSheets, removedAssignments };
});
