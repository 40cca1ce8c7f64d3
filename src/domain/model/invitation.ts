// An invitation to judge or co-organize a competition
// (competitions/{cid}/invitations/{token}). The document id is the token:
// a random secret that only the link carries, so whoever holds the link can
// read the invitation (to see what it is for) but only the invited email,
// signed in, can accept it, once, before it expires (acceptInvitation).

export type InvitationRole = 'judge' | 'organizer';
export const INVITATION_ROLES: readonly InvitationRole[] = ['judge', 'organizer'];

/** What is stored: accepted and revoked are final; "expired" is computed from expiresAt. */
export type InvitationStatus = 'pending' | 'accepted' | 'revoked';

export interface Invitation {
  token: string;
  competitionId: string;
  /** Copied at creation: the invitee may not be able to read a private competition yet. */
  competitionTitle: string;
  competitionTitleEn: string;
  role: InvitationRole;
  name: string;
  /** Lower-cased; accepting requires being signed in with it. */
  email: string;
  status: InvitationStatus;
  createdAt: number;
  createdBy: string;
  expiresAt: number;
  acceptedAt: number | null;
  acceptedBy: string | null;
  revokedAt: number | null;
}

/** Invitations last 14 days unless the organizer chooses otherwise. */
export const DEFAULT_INVITATION_DAYS = 14;
export const MAX_INVITATION_DAYS = 90;

export type InvitationState = InvitationStatus | 'expired';

/** Where an invitation stands at `now`: a pending one past its expiry is expired. */
export function invitationState(invitation: Pick<Invitation, 'status' | 'expiresAt'>, now: number): InvitationState {
  if (invitation.status === 'pending' && now >= invitation.expiresAt) return 'expired';
  return invitation.status;
}

/** Emails compare without case and surrounding spaces. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
