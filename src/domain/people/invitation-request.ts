// What an organizer sends to invite people (createInvitations), shared by the
// people page's form and the function, which parses the same payload again so
// a refusal names the same field (`people.3.email`) with the same message key.
import { z } from 'zod';
import { DEFAULT_INVITATION_DAYS, MAX_INVITATION_DAYS, normalizeEmail } from '../model/invitation';
import { singleLineText, typeError } from '../registration/text-safety';
import { vk } from '../registration/validation-keys';

export const INVITATION_LIMITS = { people: 300, name: 100, email: 254 } as const;

/** One person to invite: a name (may be blank: the account's name is used then) and an email, lower-cased. */
export const invitedPersonSchema = z.object(
  {
    name: singleLineText({ max: INVITATION_LIMITS.name }).default(''),
    email: z
      .string({ error: typeError })
      .trim()
      .min(1, { error: vk('validation.required') })
      .max(INVITATION_LIMITS.email, { error: vk('validation.tooLong') })
      .pipe(z.email({ error: vk('validation.emailInvalid') }))
      .transform(normalizeEmail),
  },
  { error: typeError },
);
export type InvitedPerson = z.output<typeof invitedPersonSchema>;

export const createInvitationsSchema = z.object(
  {
    role: z.enum(['judge', 'organizer'], { error: vk('validation.invalid') }),
    people: z
      .array(invitedPersonSchema, { error: typeError })
      .min(1, { error: vk('validation.required') })
      .max(INVITATION_LIMITS.people, { error: vk('validation.tooMany') }),
    expiresInDays: z
      .int({ error: vk('validation.countInvalid') })
      .min(1, { error: vk('validation.countInvalid') })
      .max(MAX_INVITATION_DAYS, { error: vk('validation.countInvalid') })
      .default(DEFAULT_INVITATION_DAYS),
  },
  { error: typeError },
);
export type CreateInvitationsRequest = z.output<typeof createInvitationsSchema>;
