// Who may remove whom from a competition: organizers remove judges; only the
// owner removes organizers; nobody removes the owner or the last organizer;
// a team's membership is the team's own (organizers disqualify its entry).
import type { Role } from '../model/member';

export type RemovalRefusal =
  { reason: 'owner' } | { reason: 'team' } | { reason: 'owner-only' } | { reason: 'last-organizer' };

export function removalRefusal(
  target: { uid: string; role: Role },
  context: { callerUid: string; ownerUid: string; organizerCount: number },
): RemovalRefusal | null {
  if (target.role === 'team') return { reason: 'team' };
  if (target.uid === context.ownerUid) return { reason: 'owner' };
  if (target.role === 'organizer') {
    if (context.callerUid !== context.ownerUid) return { reason: 'owner-only' };
    if (context.organizerCount <= 1) return { reason: 'last-organizer' };
  }
  return null;
}

/** Refusals that are about who is asking (permission-denied) rather than about the target (failed-precondition). */
export const isPermissionRefusal = (refusal: { reason: string }): boolean => refusal.reason === 'owner-only';
