import { Timestamp } from 'firebase-admin/firestore';
import { z } from 'zod';
import { acceptanceOutcome } from '../../src/domain/people';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { invitationPath, memberPath, userPath } from './paths';
import { refusal } from './people-fields';
import { callerScope } from './require-role';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, token: inputId });

/**
 * The invited person, signed in, accepts: in one transaction the membership
 * is created with the invitation's role and the invitation is marked accepted
 * (used once), with an audit event. Accepting again from the same account
 * answers the same and writes nothing.
 *
 * The signed-in email must be the invited one. It is not required to be
 * verified here, because the emulator's email/password accounts never are;
 * production should also require `email_verified`, or else the link is the
 * only secret (anyone holding it could sign up with the invited address).
 */
export const acceptInvitation = callable(async (request) => {
  const { uid, competitionId } = callerScope(request);
  const { token } = parseInput(Input, request.data);
  const tokenEmail = request.auth?.token.email;
  const callerEmail = typeof tokenEmail === 'string' && tokenEmail !== '' ? tokenEmail : null;

  return runTransaction(async (tx) => {
    const ref = db.doc(invitationPath(competitionId, token));
    const memberRef = db.doc(memberPath(competitionId, uid));
    const [snap, memberSnap, userSnap] = await Promise.all([
      tx.get(ref),
      tx.get(memberRef),
      tx.get(db.doc(userPath(uid))),
    ]);
    if (!snap.exists) throw refusal('not-found', 'No such invitation: check the link.', { reason: 'unknown' });
    const invitation = readDoc(snap, schemas.invitation);
    // A member document that does not parse still holds the caller's place: read its role alone.
    const existingRole = memberSnap.exists ? parseDoc(memberSnap, schemas.member.pick({ role: true })) : null;
    const existing = existingRole?.ok ? { role: existingRole.value.role } : null;
    const now = Date.now();
    const outcome = acceptanceOutcome(invitation, { uid, email: callerEmail }, now, existing);
    const result = { competitionId, role: invitation.role };
    if (!outcome.ok) throw acceptanceError(outcome.refusal);
    if (!outcome.accept) return result;

    const email = callerEmail!.trim().toLowerCase();
    if (outcome.createMember) {
      tx.create(memberRef, {
        uid,
        competitionId,
        role: invitation.role,
        displayName: (
          invitation.name ||
          profileName(userSnap.get('displayName')) ||
          profileName(request.auth?.token['name']) ||
          email
        ).slice(0, 100),
        email,
        entryIds: [],
        tags: [],
        organizations: [],
        conflicts: [],
        trackIds: [],
        addedAt: Timestamp.fromMillis(now),
      });
    }
    tx.update(ref, { status: 'accepted', acceptedAt: Timestamp.fromMillis(now), acceptedBy: uid });
    appendAudit(tx, competitionId, {
      type: 'invitation.accepted',
      actorUid: uid,
      subject: { kind: 'invitation', id: token },
      data: { role: invitation.role, email, memberCreated: outcome.createMember },
    });
    return result;
  });
});

const profileName = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function acceptanceError(r: Parameters<typeof refusal>[2] & { reason: string }) {
  switch (r.reason) {
    case 'revoked':
      return refusal('failed-precondition', 'This invitation was revoked; ask the organizer for a new one.', r);
    case 'expired':
      return refusal('failed-precondition', 'This invitation has expired; ask the organizer for a new one.', r);
    case 'used':
      return refusal('failed-precondition', 'This invitation was already used by another account.', r);
    case 'wrong-email':
      return refusal('permission-denied', 'Sign in with the email address the invitation was sent to.', r);
    default:
      return refusal('failed-precondition', 'You are already a member of this competition with another role.', r);
  }
}
