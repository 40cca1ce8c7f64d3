// The team's entry content: the fixed fields and the answers to the
// competition's own questions. `draft` is what may be saved at any time;
// `submit` is what may be submitted, checked by the form and again by the
// submission function. What is missing for submission is one list,
// missingForSubmission, which the form shows and `submit` refuses with.
import { z } from 'zod';
import { answerSchema, type EntryAnswer, type EntryScope } from './entry-answers';
import type { EntryQuestion } from './entry-question';
import { isBlank, multiLineText, singleLineText, typeError } from './text-safety';
import { vk } from './validation-keys';

// The questions' types, also from here: the form renders them.
export type { EntryQuestion, EntryQuestionKind, EntryQuestionOption } from './entry-question';

export const ENTRY_STAGES = ['idea', 'prototype', 'revenue'] as const;
/** A project's stage (src/domain/model's EntryStage adds '' for a draft). */
export type ProjectStage = (typeof ENTRY_STAGES)[number];

export const ENTRY_LIMITS = {
  title: 200,
  field: 100,
  summary: 1000,
  problem: 3000,
  solution: 3000,
  financing: 500,
} as const;

/** The fixed fields a submission needs, in form order (financing is optional). */
export const REQUIRED_ENTRY_FIELDS = ['title', 'field', 'summary', 'problem', 'solution', 'stage'] as const;

/** A submitted entry's content. */
export interface EntryContent {
  title: string;
  field: string;
  summary: string;
  problem: string;
  solution: string;
  stage: ProjectStage;
  financing: string;
  answers: Record<string, EntryAnswer>;
}

/** `fileInvalid`: the submission function found an answer's file gone from Storage. */
export type MissingKey = 'validation.required' | 'validation.deckMissing' | 'validation.fileInvalid';
/** What is missing and where: `field` is a form path ('title', 'answers.q-team-size', 'deck'). */
export interface MissingItem {
  field: string;
  key: MissingKey;
}

const objectError = (issue: { code?: string; input?: unknown }) =>
  issue.code === 'unrecognized_keys' ? vk('validation.unknownField') : typeError(issue);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own properties only: a question id such as 'constructor' must not find Object.prototype's. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

function missingPaths(content: unknown, questions: readonly EntryQuestion[]): string[][] {
  const c = isRecord(content) ? content : {};
  const paths: string[][] = REQUIRED_ENTRY_FIELDS.filter((f) => isBlank(own(c, f))).map((f) => [f]);
  const answers = own(c, 'answers');
  const given = isRecord(answers) ? answers : {};
  for (const q of questions) if (q.required && isBlank(own(given, q.id))) paths.push(['answers', q.id]);
  return paths;
}

/**
 * What a submission still lacks, in form order: the fixed fields, the
 * required questions, then the deck. Accepts any value (form state, a stored
 * document); values that are present but invalid are not listed here (the
 * draft schema reports them). Blank means absent, null or only whitespace.
 */
export function missingForSubmission(
  content: unknown,
  questions: readonly EntryQuestion[],
  { deckPresent }: { deckPresent: boolean },
): MissingItem[] {
  const items: MissingItem[] = missingPaths(content, questions).map((path) => ({
    field: path.join('.'),
    key: vk('validation.required'),
  }));
  if (!deckPresent) items.push({ field: 'deck', key: vk('validation.deckMissing') });
  return items;
}

/**
 * The draft and submit schemas for a competition's questions (already
 * validated with entryQuestionsSchema). With a scope, file answers must be
 * files of that entry (the submission function passes it).
 */
export function entryFormSchemas(questions: readonly EntryQuestion[], scope?: EntryScope) {
  const answers = z.strictObject(Object.fromEntries(questions.map((q) => [q.id, answerSchema(q, scope).optional()])), {
    error: objectError,
  });
  const draft = z.strictObject(
    {
      title: singleLineText({ max: ENTRY_LIMITS.title }).optional(),
      field: singleLineText({ max: ENTRY_LIMITS.field }).optional(),
      summary: multiLineText({ max: ENTRY_LIMITS.summary }).optional(),
      problem: multiLineText({ max: ENTRY_LIMITS.problem }).optional(),
      solution: multiLineText({ max: ENTRY_LIMITS.solution }).optional(),
      stage: z.enum(['', ...ENTRY_STAGES], { error: vk('validation.stageInvalid') }).optional(),
      financing: multiLineText({ max: ENTRY_LIMITS.financing }).optional(),
      answers: answers.optional(),
    },
    { error: objectError },
  );
  const submit = draft
    .superRefine(
      (value, ctx) => {
        for (const path of missingPaths(value, questions))
          ctx.addIssue({ code: 'custom', path, message: vk('validation.required') });
      },
      // Also when other fields failed, so the form shows every problem at once.
      { when: (payload) => isRecord(payload.value) },
    )
    .transform((v): EntryContent => ({
      title: v.title ?? '',
      field: v.field ?? '',
      summary: v.summary ?? '',
      problem: v.problem ?? '',
      solution: v.solution ?? '',
      stage: v.stage as ProjectStage, // not blank: checked above
      financing: v.financing ?? '',
      answers: Object.fromEntries(
        Object.entries(v.answers ?? {}).filter((e): e is [string, EntryAnswer] => e[1] !== undefined),
      ),
    }));
  return { draft, submit };
}

export type EntryFormSchemas = ReturnType<typeof entryFormSchemas>;
/** What the form holds (any subset of the fields). */
export type EntryDraftInput = z.input<EntryFormSchemas['draft']>;
/** A draft as saved: trimmed. */
export type EntryDraft = z.output<EntryFormSchemas['draft']>;
