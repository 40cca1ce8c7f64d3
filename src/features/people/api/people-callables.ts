import { httpsCallable } from 'firebase/functions';
import type { InvitationRole, Role } from '@/domain/model';
import { functions } from '@/lib/firebase/functions';

// The people callables (functions/src: create-invitations, revoke-invitation,
// accept-invitation, remove-member, transfer-ownership). Errors are the
// SDK's; `toPeopleError` reads them.

export interface InvitePerson {
  name: string;
  email: string;
}

export interface CreateInvitationsRequest {
  competitionId: string;
  role: InvitationRole;
  people: InvitePerson[];
  expiresInDays: number;
}

export type SkipReason = 'duplicate' | 'already-member' | 'pending-invitation';

export interface CreateInvitationsResult {
  invitations: { token: string; name: string; email: string }[];
  skipped: { email: string; reason: SkipReason }[];
}

const call = <Req, Res>(name: string) => {
  const callable = httpsCallable<Req, Res>(functions, name);
  return async (request: Req): Promise<Res> => (await callable(request)).data;
};

/** One invitation per person (organizers; co-organizers: the owner only). */
export const createInvitations = call<CreateInvitationsRequest, CreateInvitationsResult>('createInvitations');

export const revokeInvitation = call<{ competitionId: string; token: string }, { status: 'revoked' }>(
  'revokeInvitation',
);

/** Makes the signed-in user a member, if the invitation is theirs, pending and unexpired. */
export const acceptInvitation = call<{ competitionId: string; token: string }, { competitionId: string; role: Role }>(
  'acceptInvitation',
);

export const removeMember = call<
  { competitionId: string; uid: string },
  { role: Role; keptSheets: number; removedAssignments: number }
>('removeMember');

export const transferOwnership = call<{ competitionId: string; uid: string }, { ownerUid: string }>(
  'transferOwnership',
);
