// The team registration form, shared by the form (react-hook-form) and the
// registration Cloud Function, which parses the same payload again.
import { z } from 'zod';
import { creditCodeProblem, normalizeCreditCode } from './credit-code';
import { mobileProblem, normalizeMobile } from './mobile';
import { singleLineText, typeError } from './text-safety';
import { vk } from './validation-keys';

/** What registration needs to know of a track. */
export interface RegistrationTrack {
  id: string;
  /** Enterprise tracks (企业组): the company name and credit code are required. */
  requiresCompany: boolean;
}

export const REGISTRATION_LIMITS = {
  teamName: 100,
  contactName: 50,
  contactEmail: 254,
  memberName: 50,
  memberRole: 50,
  membersMin: 1,
  membersMax: 15,
  companyName: 200,
} as const;

const L = REGISTRATION_LIMITS;

const member = z.object(
  {
    name: singleLineText({ max: L.memberName, required: true }),
    role: singleLineText({ max: L.memberRole }).default(''),
  },
  { error: typeError },
);

/**
 * The registration schema for a competition's tracks. Every string is
 * trimmed; the phone and the credit code come out normalized; companyName and
 * creditCode are required for a track that requires a company and must be
 * empty otherwise (they come out as ''). Unknown keys are dropped.
 */
export function teamRegistrationSchema(tracks: readonly RegistrationTrack[]) {
  const byId = new Map(tracks.map((t) => [t.id, t]));
  return z
    .object(
      {
        trackId: z
          .string({ error: typeError })
          .min(1, { error: vk('validation.trackInvalid') })
          .refine((id) => id === '' || byId.has(id), { error: vk('validation.trackInvalid') }),
        teamName: singleLineText({ max: L.teamName, required: true }),
        contactName: singleLineText({ max: L.contactName, required: true }),
        contactPhone: z
          .string({ error: typeError })
          .overwrite(normalizeMobile)
          .min(1, { error: vk('validation.required') })
          .refine((p) => p === '' || mobileProblem(p) === null, { error: vk('validation.phoneInvalid') }),
        contactEmail: z
          .string({ error: typeError })
          .trim()
          .min(1, { error: vk('validation.required') })
          .max(L.contactEmail, { error: vk('validation.tooLong') })
          .pipe(z.email({ error: vk('validation.emailInvalid') })),
        members: z
          .array(member, { error: typeError })
          .min(L.membersMin, { error: vk('validation.membersMin') })
          .max(L.membersMax, { error: vk('validation.membersMax') }),
        companyName: singleLineText({ max: L.companyName }).default(''),
        creditCode: z.string({ error: typeError }).overwrite(normalizeCreditCode).default(''),
      },
      { error: typeError },
    )
    .superRefine(
      (value, ctx) => {
        // Runs even when other fields failed, so the form shows every problem at once.
        const track = typeof value.trackId === 'string' ? byId.get(value.trackId) : undefined;
        if (!track) return;
        const { companyName, creditCode } = value as { companyName: unknown; creditCode: unknown };
        if (track.requiresCompany) {
          if (companyName === '')
            ctx.addIssue({ code: 'custom', path: ['companyName'], message: vk('validation.required') });
          if (creditCode === '')
            ctx.addIssue({ code: 'custom', path: ['creditCode'], message: vk('validation.required') });
          else if (typeof creditCode === 'string') {
            const problem = creditCodeProblem(creditCode);
            if (problem) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: problem });
          }
        } else {
          for (const [field, v] of [
            ['companyName', companyName],
            ['creditCode', creditCode],
          ] as const) {
            if (typeof v === 'string' && v !== '')
              ctx.addIssue({ code: 'custom', path: [field], message: vk('validation.companyNotForTrack') });
          }
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

export type TeamRegistrationSchema = ReturnType<typeof teamRegistrationSchema>;
/** What the form holds and the function receives. */
export type TeamRegistrationInput = z.input<TeamRegistrationSchema>;
/** What the function stores: trimmed, normalized. */
export type TeamRegistration = z.output<TeamRegistrationSchema>;
