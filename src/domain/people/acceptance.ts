// Whether a signed-in person may accept an invitation now, and what accepting
// does. Shared by acceptInvitation (which decides) and the invitation page
// (which can say in advance why the link will not work).
import type { Role } from '../model/member';
import { invitationState, normalizeEmail, type Invitation } from '../model/invitation';

export type AcceptanceRefusal =
  | { reason: 'revoked' }
  | { reason: 'expired' }
  /** Accepted by another account: an invitation is used once. */
  | { reason: 'used' }
  /** Signed in with another email than the invited one. */
  | { reason: 'wrong-email'; email: string }
  /** Already in the competition with another role (one role per person and competition). */
  | { reason: 'already-member'; role: Role };

export type AcceptanceOutcome =
  /** Create the membership (unless it exists with this role already) and mark the invitation accepted. */
  | { ok: true; accept: true; createMember: boolean }
  /** Accepted by this caller before: nothing to write, answer as before. */
  | { ok: true; accept: false; createMember: false }
  | { ok: false; refusal: AcceptanceRefusal };

type Accepting = Pick<Invitation, 'status' | 'expiresAt' | 'email' | 'role' | 'acceptedBy'>;

/**
 * What accepting `invitation` means for the caller at `now`, given the
 * caller's current membership of the competition (null: none). The caller's
 * email is the signed-in account's; null when the account has none.
 */
export function acceptanceOutcome(
  invitation: Accepting,
  caller: { uid: string; email: string | null },
  now: number,
  existingMember: { role: Role } | null,
): AcceptanceOutcome {
  const refuse = (refusal: AcceptanceRefusal): AcceptanceOutcome => ({ ok: false, refusal });
  const state = invitationState(invitation, now);
  if (state === 'revoked') return refuse({ reason: 'revoked' });
  if (state === 'accepted') {
    return invitation.acceptedBy === caller.uid
      ? { ok: true, accept: false, createMember: false }
      : refuse({ reason: 'used' });
  }
  if (state === 'expired') return refuse({ reason: 'expired' });
  if (caller.email === null || normalizeEmail(caller.email) !== normalizeEmail(invitation.email)) {
    return refuse({ reason: 'wrong-email', email: invitation.email });
  }
  if (existingMember && existingMember.role !== invitation.role) {
    return refuse({ reason: 'already-member', role: existingMember.role });
  }
  return { ok: true, accept: true, createMember: existingMember === null };
}

/** Why the caller cannot accept, or null when they can (or already did). */
export function acceptanceRefusal(...args: Parameters<typeof acceptanceOutcome>): AcceptanceRefusal | null {
  const outcome = acceptanceOutcome(...args);
  return outcome.ok ? null : outcome.refusal;
}
