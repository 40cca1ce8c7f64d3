// The questions form holds every kind's fields for each question (so
// switching the kind back and forth keeps what was typed); a save sends only
// the fields of the question's kind, as entryFormSchema requires.
import type { z } from 'zod';
import type { EntryQuestion, EntryQuestionKind, EntryQuestionOption } from '@/domain/registration';
import { nextId, type entryFormSchema } from '@/domain/settings';

export interface QuestionFormValue {
  id: string;
  kind: EntryQuestionKind;
  label: string;
  labelEn: string;
  required: boolean;
  /** Kept for every kind; sent for choice only. */
  options: EntryQuestionOption[];
  maxLength?: number;
  min?: number;
  max?: number;
}

export interface QuestionsFormValues {
  questions: QuestionFormValue[];
}

/** What a save sends (the schema's output). */
export type QuestionsValues = z.output<typeof entryFormSchema>;

export const toFormValues = (questions: readonly EntryQuestion[]): QuestionsFormValues => ({
  questions: questions.map((q) => ({ ...q, options: (q.options ?? []).map((o) => ({ ...o })) })),
});

const given = (n: number | undefined): n is number => typeof n === 'number' && !Number.isNaN(n);

/** One question as the schema wants it: the fields of its kind only. */
export function toQuestion(q: QuestionFormValue): EntryQuestion {
  const base = { id: q.id, kind: q.kind, label: q.label, labelEn: q.labelEn, required: q.required };
  switch (q.kind) {
    case 'choice':
      return { ...base, options: q.options };
    case 'short-text':
    case 'long-text':
      return given(q.maxLength) ? { ...base, maxLength: q.maxLength } : base;
    case 'number':
      return { ...base, ...(given(q.min) ? { min: q.min } : {}), ...(given(q.max) ? { max: q.max } : {}) };
    default:
      return base;
  }
}

export const toPayload = (values: QuestionsFormValues) => ({ questions: values.questions.map(toQuestion) });

export const newQuestion = (taken: readonly { id: string }[]): QuestionFormValue => ({
  id: nextId(
    'q',
    taken.map((q) => q.id),
  ),
  kind: 'short-text',
  label: '',
  labelEn: '',
  required: false,
  options: [],
});

export const newOption = (taken: readonly { id: string }[]): EntryQuestionOption => ({
  id: nextId(
    'o',
    taken.map((o) => o.id),
  ),
  label: '',
  labelEn: '',
});
