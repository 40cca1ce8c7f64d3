import { Timestamp } from 'firebase-admin/firestore';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, invitationPath } from './paths';
import { refusal } from './people-fields';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, token: inputId });

/**
 * An organizer revokes an invitation that has not been accepted (an
 * organizer's invitation: the owner only), so its link stops working.
 * Revoking a revoked one changes nothing; an accepted one is refused: the
 * person is a member then, and removing them is removeMember's.
 */
export const revokeInvitation = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { token } = parseInput(Input, request.data);

  return runTransaction(async (tx) => {
    const ref = db.doc(invitationPath(competitionId, token));
    const [snap, competitionSnap] = await Promise.all([tx.get(ref), tx.get(db.doc(competitionPath(competitionId)))]);
    if (!snap.exists) throw refusal('not-found', 'No such invitation.', { reason: 'unknown' });
    const invitation = readDoc(snap, schemas.invitation);
    const ownerUid = competitionSnap.exists ? readDoc(competitionSnap, schemas.competition).ownerUid : '';
    if (invitation.role === 'organizer' && ownerUid !== organizer.uid) {
      throw refusal('permission-denied', 'Only the owner of the competition may revoke an organizer invitation.', {
        reason: 'owner-only',
      });
    }
    if (invitation.status === 'revoked') return { status: 'revoked' as const };
    if (invitation.status === 'accepted') {
      throw refusal('failed-precondition', 'This invitation is already accepted; remove the member instead.', {
        reason: 'already-accepted',
      });
    }
    tx.update(ref, { status: 'revoked', revokedAt: Timestamp.now() });
    appendAudit(tx, competitionId, {
      type: 'invitation.revoked',
      actorUid: organizer.uid,
      subject: { kind: 'invitation', id: token },
      data: { role: invitation.role, email: invitation.email },
    });
    return { status: 'revoked' as const };
  });
});
