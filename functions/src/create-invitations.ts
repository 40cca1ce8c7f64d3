import { randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { invitationState } from '../../src/domain/model';
import { createInvitationsSchema, planInvitations } from '../../src/domain/people';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { competitionPath, invitationPath, invitationsPath, membersPath } from './paths';
import { parseFields, refusal } from './people-fields';
import { requireRole } from './require-role';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Firestore's `in` takes at most 30 values. */
const IN_LIMIT = 30;
/** Invitations per batch: each is two writes (the invitation and its audit event), well under 500. */
const PER_BATCH = 200;

/**
 * A link's secret: 18 random bytes, 24 URL-safe characters. One with "__" is
 * drawn again, so that every token is a valid inputId (ids never hold "__",
 * and Firestore reserves ids that start and end with it).
 */
export function newToken(): string {
  for (;;) {
    const token = randomBytes(18).toString('base64url');
    if (!token.includes('__')) return token;
  }
}

/**
 * An organizer invites people by email to judge (any organizer) or to
 * co-organize (the owner only). Each email gets one invitation, whose token
 * is the link's secret; repeats in the list, members and people with a live
 * invitation are skipped and said so. Each invitation is audited with it.
 */
export const createInvitations = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  const { role, people, expiresInDays } = parseFields(createInvitationsSchema, request.data);

  const competitionSnap = await db.doc(competitionPath(competitionId)).get();
  if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
  const competition = readDoc(competitionSnap, schemas.competition);
  if (role === 'organizer' && competition.ownerUid !== organizer.uid) {
    throw refusal('permission-denied', 'Only the owner of the competition may invite organizers.', {
      reason: 'owner-only',
    });
  }

  const now = Date.now();
  const emails = [...new Set(people.map((p) => p.email))];
  const memberEmails: string[] = [];
  const pendingEmails: string[] = [];
  for (let i = 0; i < emails.length; i += IN_LIMIT) {
    const chunk = emails.slice(i, i + IN_LIMIT);
    const [members, invitations] = await Promise.all([
      db.collection(membersPath(competitionId)).where('email', 'in', chunk).get(),
      db.collection(invitationsPath(competitionId)).where('email', 'in', chunk).get(),
    ]);
    members.forEach((d) => memberEmails.push(String(d.get('email'))));
    invitations.forEach((d) => {
      const inv = parseDoc(d, schemas.invitation);
      // A damaged invitation holds nobody's place.
      if (inv.ok && invitationState(inv.value, now) === 'pending') pendingEmails.push(inv.value.email);
    });
  }
  const plan = planInvitations(people, { memberEmails, pendingEmails });

  const invited = plan.invite.map((p) => ({ ...p, token: newToken() }));
  for (let i = 0; i < invited.length; i += PER_BATCH) {
    const batch = db.batch();
    for (const { token, name, email } of invited.slice(i, i + PER_BATCH)) {
      batch.create(db.doc(invitationPath(competitionId, token)), {
        competitionId,
        competitionTitle: competition.title,
        competitionTitleEn: competition.titleEn,
        role,
        name,
        email,
        status: 'pending',
        createdAt: Timestamp.fromMillis(now),
        createdBy: organizer.uid,
        expiresAt: Timestamp.fromMillis(now + expiresInDays * DAY_MS),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
      });
      appendAudit(batch, competitionId, {
        type: 'invitation.created',
        actorUid: organizer.uid,
        subject: { kind: 'invitation', id: token },
        data: { role, email },
      });
    }
    await batch.commit();
  }
  return { invitations: invited.map(({ token, name, email }) => ({ token, name, email })), skipped: plan.skipped };
});
