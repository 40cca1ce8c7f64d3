// One zod schema per section of the settings page. The page validates each
// section with its schema before saving (react-hook-form + zodResolver), and
// updateCompetitionSettings parses the same schema again on the server, so a
// refusal names the same field with the same message key in both places.
// Messages are translation keys (src/domain/registration/validation-keys.ts).
import { z } from 'zod';
import { entryQuestionsSchema } from '../registration/entry-question';
import { multiLineText, singleLineText, typeError } from '../registration/text-safety';
import { vk } from '../registration/validation-keys';
import { isOnStep } from '../scoring/validate-scores';
import { refineDistinct, settingsId } from './ids';

export const SETTINGS_SECTIONS = [
  'basics',
  'schedule',
  'tracks',
  'rounds',
  'rubric',
  'entryForm',
  'scoring',
  'awards',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const LIMITS = { tracks: 20, rounds: 10, criteria: 20, levels: 10, awards: 50, numberMax: 1000 } as const;

/** What a section's checks need to know about the rest of the competition. */
export interface SettingsContext {
  trackIds: readonly string[];
  roundIds: readonly string[];
}

const bool = z.boolean({ error: typeError });
/** A moment as epoch milliseconds (the form converts from Beijing time). */
const epoch = z.int({ error: vk('validation.dateInvalid') }).min(0, { error: vk('validation.dateInvalid') });
/** A whole number of at least `min` (counts: sheets, prizes, judges, trims). */
const count = (min: number) =>
  z
    .int({ error: vk('validation.countInvalid') })
    .min(min, { error: vk('validation.countInvalid') })
    .max(LIMITS.numberMax, { error: vk('validation.numberOutOfRange') });
/** A number above zero (weights, maxima, steps). */
const positive = z
  .number({ error: vk('validation.numberInvalid') })
  .positive({ error: vk('validation.mustBePositive') })
  .max(LIMITS.numberMax, { error: vk('validation.numberOutOfRange') });
const score = z.number({ error: vk('validation.numberInvalid') });
const name = singleLineText({ max: 200, required: true });
const nameEn = singleLineText({ max: 200 });
const issueAt = (ctx: z.RefinementCtx, path: PropertyKey[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

export const basicsSchema = z.strictObject({
  title: name,
  titleEn: nameEn,
  organizerName: nameEn,
  organizerNameEn: nameEn,
  description: multiLineText({ max: 5000 }),
  descriptionEn: multiLineText({ max: 5000 }),
  rulesText: multiLineText({ max: 20000 }),
  rulesTextEn: multiLineText({ max: 20000 }),
  visibility: z.enum(['public', 'private'], { error: vk('validation.invalid') }),
});

export const scheduleSchema = z
  .strictObject({ submissionOpensAt: epoch, submissionDeadline: epoch })
  .superRefine((s, ctx) => {
    if (s.submissionDeadline <= s.submissionOpensAt)
      issueAt(ctx, ['submissionDeadline'], vk('validation.closesBeforeOpens'));
  });

const track = z.strictObject({
  id: settingsId,
  name,
  nameEn,
  codePrefix: z.string({ error: typeError }).regex(/^[A-Z]$/, { error: vk('validation.codePrefixInvalid') }),
  requiresCompany: bool,
});

export const tracksSchema = z.strictObject({
  tracks: z
    .array(track, { error: typeError })
    .max(LIMITS.tracks, { error: vk('validation.tooMany') })
    .superRefine((tracks, ctx) => {
      refineDistinct(tracks, (t) => t.id, ctx);
      refineDistinct(tracks, (t) => t.codePrefix, ctx, { field: 'codePrefix' });
    }),
});

const round = z
  .strictObject({
    id: settingsId,
    name,
    nameEn,
    kind: z.enum(['online', 'roadshow'], { error: vk('validation.invalid') }),
    opensAt: epoch.nullable(),
    closesAt: epoch.nullable(),
    judgesPerEntry: count(1).nullable(),
  })
  .superRefine((r, ctx) => {
    if (r.opensAt !== null && r.closesAt !== null && r.closesAt <= r.opensAt)
      issueAt(ctx, ['closesAt'], vk('validation.closesBeforeOpens'));
  });

export const roundsSchema = z.strictObject({
  rounds: z
    .array(round, { error: typeError })
    .max(LIMITS.rounds, { error: vk('validation.tooMany') })
    .superRefine((rounds, ctx) => refineDistinct(rounds, (r) => r.id, ctx)),
});

const level = z.strictObject({
  min: score,
  max: score,
  text: singleLineText({ max: 500, required: true }),
  textEn: singleLineText({ max: 500 }),
});

const criterion = z
  .strictObject({
    id: settingsId,
    name,
    nameEn,
    weight: positive,
    max: positive,
    step: positive,
    description: multiLineText({ max: 2000 }),
    descriptionEn: multiLineText({ max: 2000 }),
    levels: z.array(level, { error: typeError }).max(LIMITS.levels, { error: vk('validation.tooMany') }),
  })
  .superRefine((c, ctx) => {
    // Only against a valid maximum: a bad maximum is its own issue.
    if (!(c.max > 0 && c.max <= LIMITS.numberMax && c.step > 0)) return;
    // 10 in steps of 0.3 would leave the top score unreachable.
    if (c.step > c.max || !isOnStep(c.max, c.step)) issueAt(ctx, ['step'], vk('validation.stepNotDivisor'));
    c.levels.forEach((l, i) => {
      if (l.min < 0 || l.max > c.max || l.min > l.max)
        issueAt(ctx, ['levels', i, 'max'], vk('validation.levelRangeInvalid'));
    });
  });

export const criteriaSchema = z
  .array(criterion, { error: typeError })
  .max(LIMITS.criteria, { error: vk('validation.tooMany') })
  .superRefine((criteria, ctx) => refineDistinct(criteria, (c) => c.id, ctx));

export const entryFormSchema = z.strictObject({ questions: entryQuestionsSchema });

export const scoringSchema = z
  .strictObject({
    aggregation: z.strictObject({
      method: z.enum(['mean', 'median', 'trimmed-mean'], { error: vk('validation.invalid') }),
      trim: count(0),
      normalization: z.enum(['none', 'zscore'], { error: vk('validation.invalid') }),
      minSheets: count(1),
    }),
    blind: bool,
    feedbackToTeams: bool,
  })
  .superRefine((s, ctx) => {
    if (s.aggregation.method === 'trimmed-mean' && s.aggregation.trim < 1)
      issueAt(ctx, ['aggregation', 'trim'], vk('validation.trimInvalid'));
  });

const award = z.strictObject({
  id: settingsId,
  label: singleLineText({ max: 100, required: true }),
  labelEn: singleLineText({ max: 100 }),
  count: count(1),
  track: settingsId.nullable(),
});

/** The sections whose checks depend on the rest of the competition take its context. */
export function settingsSchemas(context: SettingsContext) {
  const rubricSchema = z.strictObject({
    roundId: settingsId.refine((id) => context.roundIds.includes(id), { error: vk('validation.roundInvalid') }),
    criteria: criteriaSchema,
  });

  const awardsSchema = z
    .strictObject({
      scope: z.enum(['overall', 'track'], { error: vk('validation.invalid') }),
      awards: z.array(award, { error: typeError }).max(LIMITS.awards, { error: vk('validation.tooMany') }),
    })
    .superRefine((s, ctx) => {
      // The same tier id may appear once per track (一等奖 of each track).
      refineDistinct(s.awards, (a) => `${a.id}\u0000${a.track ?? ''}`, ctx, { under: ['awards'] });
      s.awards.forEach((a, i) => {
        if (s.scope === 'overall' && a.track !== null)
          issueAt(ctx, ['awards', i, 'track'], vk('validation.trackNotForScope'));
        if (s.scope === 'track' && a.track === null)
          issueAt(ctx, ['awards', i, 'track'], vk('validation.trackRequired'));
        if (a.track !== null && !context.trackIds.includes(a.track))
          issueAt(ctx, ['awards', i, 'track'], vk('validation.trackInvalid'));
      });
    });

  return {
    basics: basicsSchema,
    schedule: scheduleSchema,
    tracks: tracksSchema,
    rounds: roundsSchema,
    rubric: rubricSchema,
    entryForm: entryFormSchema,
    scoring: scoringSchema,
    awards: awardsSchema,
  } satisfies Record<SettingsSection, z.ZodType>;
}

export type SettingsSchemas = ReturnType<typeof settingsSchemas>;
/** The values a section's form edits and its save sends. */
export type SectionValues<S extends SettingsSection> = z.output<SettingsSchemas[S]>;
export type SectionInput<S extends SettingsSection> = z.input<SettingsSchemas[S]>;
