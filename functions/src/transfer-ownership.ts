import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, memberPath } from './paths';
import { refusal } from './people-fields';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, uid: inputId });

/**
 * The owner hands the competition to another organizer, who then alone adds
 * and removes organizers; the former owner stays an organizer (and can now be
 * removed by the new owner).
 */
export const transferOwnership = callable(async (request) => {
  const { competitionId, member: caller } = await requireRole(request, 'organizer');
  const { uid } = parseInput(Input, request.data);

  return runTransaction(async (tx) => {
    const competitionRef = db.doc(competitionPath(competitionId));
    const [competitionSnap, targetSnap] = await Promise.all([
      tx.get(competitionRef),
      tx.get(db.doc(memberPath(competitionId, uid))),
    ]);
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const from = readDoc(competitionSnap, schemas.competition).ownerUid;
    if (from !== caller.uid) {
      throw refusal('permission-denied', 'Only the owner of the competition may hand on ownership.', {
        reason: 'owner-only',
      });
    }
    const target = targetSnap.exists ? parseDoc(targetSnap, schemas.member.pick({ role: true })) : null;
    if (!target?.ok || target.value.role !== 'organizer') {
      throw refusal('failed-precondition', 'Ownership goes to an organizer of this competition only.', {
        reason: 'not-organizer',
      });
    }
    if (uid === from) return { ownerUid: from };
    tx.update(competitionRef, { ownerUid: uid, updatedAt: Timestamp.now() });
    appendAudit(tx, competitionId, {
      type: 'competition.owner-changed',
      actorUid: caller.uid,
      subject: { kind: 'competition', id: competitionId },
      data: { from, to: uid },
    });
    return { ownerUid: uid };
  });
});
