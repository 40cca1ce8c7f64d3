// Which of the people an organizer pasted get an invitation: each email once,
// and nobody who is already a member or already holds a live invitation
// (the organizer revokes that one first to invite them again).
import { normalizeEmail } from '../model/invitation';

export type InvitationSkipReason = 'duplicate' | 'already-member' | 'pending-invitation';

export interface InvitationPlan<P> {
  invite: P[];
  skipped: { email: string; reason: InvitationSkipReason }[];
}

export function planInvitations<P extends { email: string }>(
  people: readonly P[],
  taken: { memberEmails: Iterable<string>; pendingEmails: Iterable<string> },
): InvitationPlan<P> {
  const members = new Set([...taken.memberEmails].map(normalizeEmail));
  const pending = new Set([...taken.pendingEmails].map(normalizeEmail));
  const seen = new Set<string>();
  const plan: InvitationPlan<P> = { invite: [], skipped: [] };
  for (const person of people) {
    const email = normalizeEmail(person.email);
    const reason: InvitationSkipReason | null = seen.has(email)
      ? 'duplicate'
      : members.has(email)
        ? 'already-member'
        : pending.has(email)
          ? 'pending-invitation'
          : null;
    seen.add(email);
    if (reason) plan.skipped.push({ email, reason });
    else plan.invite.push(person);
  }
  return plan;
}
