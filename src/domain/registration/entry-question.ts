// A competition's own questions on the entry form (competition document,
// `entryForm.questions[]`), set by the organizer (the seed, for now) and
// rendered by the form from there.
import { z } from 'zod';
import { singleLineText, typeError } from './text-safety';
import { vk } from './validation-keys';

export const ENTRY_QUESTION_KINDS = ['short-text', 'long-text', 'number', 'choice', 'file'] as const;
export type EntryQuestionKind = (typeof ENTRY_QUESTION_KINDS)[number];

export interface EntryQuestionOption {
  id: string;
  label: string;
  labelEn: string;
}

export interface EntryQuestion {
  id: string;
  kind: EntryQuestionKind;
  label: string;
  labelEn: string;
  required: boolean;
  /** choice only: 1 to 30 options. */
  options?: EntryQuestionOption[];
  /** Texts only: at most this many characters (default and ceiling: TEXT_ANSWER_MAX). */
  maxLength?: number;
  /** number only: the smallest and largest accepted answers. */
  min?: number;
  max?: number;
}

export const ENTRY_QUESTION_ID = /^[a-z][a-z0-9-]{0,39}$/;
/**
 * Ids that fit the pattern but name properties every object inherits or that
 * form libraries refuse as path segments (react-hook-form skips them): an
 * answer keyed 'constructor' would be read from Object.prototype.
 */
export const RESERVED_QUESTION_IDS: readonly string[] = ['constructor', 'prototype'];
export const MAX_ENTRY_QUESTIONS = 30;
export const MAX_QUESTION_OPTIONS = 30;
export const QUESTION_LABEL_MAX = 200;
/** The default and the largest maxLength of a text answer. */
export const TEXT_ANSWER_MAX = { 'short-text': 200, 'long-text': 5000 } as const;

/** How long a text question's answer may be. */
export const textAnswerMax = (q: EntryQuestion): number =>
  q.maxLength ?? (q.kind === 'long-text' ? TEXT_ANSWER_MAX['long-text'] : TEXT_ANSWER_MAX['short-text']);

const id = z
  .string({ error: typeError })
  .refine((s) => ENTRY_QUESTION_ID.test(s) && !RESERVED_QUESTION_IDS.includes(s), {
    error: vk('validation.idInvalid'),
  });
const label = singleLineText({ max: QUESTION_LABEL_MAX, required: true });
const objectError = (issue: { code?: string; input?: unknown }) =>
  issue.code === 'unrecognized_keys' ? vk('validation.unknownField') : typeError(issue);
const finite = z.number({ error: vk('validation.numberInvalid') });

const option = z.strictObject({ id, label, labelEn: label }, { error: objectError });

/** One question; the fields of other kinds (options, maxLength, min/max) are refused. */
export const entryQuestionSchema = z
  .strictObject(
    {
      id,
      kind: z.enum(ENTRY_QUESTION_KINDS, { error: vk('validation.invalid') }),
      label,
      labelEn: label,
      required: z.boolean({ error: typeError }),
      options: z.array(option, { error: typeError }).optional(),
      maxLength: z.int({ error: vk('validation.maxLengthInvalid') }).optional(),
      min: finite.optional(),
      max: finite.optional(),
    },
    { error: objectError },
  )
  .superRefine((q, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (q.kind === 'choice') {
      const options = q.options ?? [];
      if (options.length < 1 || options.length > MAX_QUESTION_OPTIONS)
        issue(['options'], vk('validation.optionsCount'));
      const seen = new Set<string>();
      options.forEach((o, i) => {
        if (seen.has(o.id)) issue(['options', i, 'id'], vk('validation.idDuplicate'));
        seen.add(o.id);
      });
    } else if (q.options !== undefined) issue(['options'], vk('validation.notForKind'));

    if (q.kind === 'short-text' || q.kind === 'long-text') {
      if (q.maxLength !== undefined && (q.maxLength < 1 || q.maxLength > TEXT_ANSWER_MAX[q.kind]))
        issue(['maxLength'], vk('validation.maxLengthInvalid'));
    } else if (q.maxLength !== undefined) issue(['maxLength'], vk('validation.notForKind'));

    if (q.kind === 'number') {
      if (q.min !== undefined && q.max !== undefined && q.min > q.max) issue(['max'], vk('validation.rangeInvalid'));
    } else {
      if (q.min !== undefined) issue(['min'], vk('validation.notForKind'));
      if (q.max !== undefined) issue(['max'], vk('validation.notForKind'));
    }
  });

/** A competition's questions: at most 30, ids distinct. */
export const entryQuestionsSchema = z
  .array(entryQuestionSchema, { error: typeError })
  .max(MAX_ENTRY_QUESTIONS, { error: vk('validation.tooManyQuestions') })
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: vk('validation.idDuplicate') });
      seen.add(q.id);
    });
  });
