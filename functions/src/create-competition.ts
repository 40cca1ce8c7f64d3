import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { vk } from '../../src/domain/registration/validation-keys';
import {
  basicsSchema,
  blankCompetition,
  copiedCompetition,
  presetCompetition,
  type CompetitionSettings,
  type NewCompetitionFacts,
} from '../../src/domain/settings';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { storedFields } from './competition-fields';
import { parseFields, refuseImplausible } from './competition-payload';
import { readDoc, schemas } from './documents';
import { inputId } from './input';
import { competitionPath, memberPath } from './paths';
import { findMember } from './require-role';

const Input = z
  .strictObject({
    template: z.enum(['preset', 'blank', 'copy'], { error: vk('validation.invalid') }),
    title: basicsSchema.shape.title,
    titleEn: basicsSchema.shape.titleEn.optional(),
    copyFrom: inputId.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.template === 'copy' && input.copyFrom === undefined)
      ctx.addIssue({ code: 'custom', path: ['copyFrom'], message: vk('validation.required') });
    if (input.template !== 'copy' && input.copyFrom !== undefined)
      ctx.addIssue({ code: 'custom', path: ['copyFrom'], message: vk('validation.invalid') });
  });

/** The member schema's bound on a display name. */
const NAME_MAX = 100;

/**
 * Any signed-in user creates a competition from the preset, a blank form or
 * a copy of one they organize (src/domain/settings/presets.ts), and becomes
 * its owner and first organizer. The competition, the creator's membership
 * and the audit event land together in one batch.
 */
export const createCompetition = callable(async (request) => {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Sign in first.');
  refuseImplausible(request.data, 'data');
  const input = parseFields(Input, request.data, 'The new competition');

  const facts: NewCompetitionFacts = {
    title: input.title,
    titleEn: input.titleEn ?? '',
    ownerUid: uid,
    now: Date.now(),
  };
  let settings: CompetitionSettings;
  if (input.template === 'copy') {
    const sourceId = input.copyFrom!;
    const member = await findMember(sourceId, uid);
    if (member?.role !== 'organizer') {
      throw new HttpsError('permission-denied', 'Only an organizer of a competition may copy it.');
    }
    const sourceSnap = await db.doc(competitionPath(sourceId)).get();
    if (!sourceSnap.exists) throw new HttpsError('not-found', 'No such competition to copy.');
    settings = copiedCompetition(readDoc(sourceSnap, schemas.competition), facts);
  } else {
    settings = input.template === 'preset' ? presetCompetition(facts) : blankCompetition(facts);
  }

  const { displayName, email } = await whoCalls(request, uid);
  const ref = db.collection('competitions').doc();
  const batch = db.batch();
  batch.set(ref, {
    ...storedFields(settings),
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  batch.set(db.doc(memberPath(ref.id, uid)), {
    uid,
    competitionId: ref.id,
    role: 'organizer',
    displayName,
    email,
    entryIds: [],
    tags: [],
    organizations: [],
    conflicts: [],
    trackIds: [],
    addedAt: FieldValue.serverTimestamp(),
  });
  appendAudit(batch, ref.id, {
    type: 'competition.created',
    actorUid: uid,
    subject: { kind: 'competition', id: ref.id },
    data: { template: input.template, copiedFrom: input.copyFrom ?? null },
  });
  await batch.commit();
  return { competitionId: ref.id };
});

/**
 * The creator's name and email for their member doc: the profile's name
 * (users/{uid}), else the account's name, else the email; the email from the
 * account, else the profile.
 */
async function whoCalls(
  request: CallableRequest<unknown>,
  uid: string,
): Promise<{ displayName: string; email: string }> {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const profile = (await db.doc(`users/${uid}`).get()).data() ?? {};
  const token: Record<string, unknown> = request.auth?.token ?? {};
  const email = text(token.email) || text(profile.email);
  const displayName = text(profile.displayName) || text(token.name) || email;
  return { displayName: displayName.slice(0, NAME_MAX), email: email.slice(0, 254) };
}
