// The answer to one of the competition's questions, as kept in an entry's
// `answers` map (the same type as src/domain/model's EntryAnswer). Unanswered
// is absent, or '' for texts, choice and file; a number question left empty
// has no key (the form drops it: Firestore maps hold no undefined, and null
// is not an answer).
import { z } from 'zod';
import { isEntryFilePath } from './entry-file-path';
import { multiLineText, singleLineText } from './text-safety';
import { textAnswerMax, type EntryQuestion } from './entry-question';
import { vk } from './validation-keys';

export type EntryAnswer = string | number;

/** Which entry the answers belong to: file answers must then name that entry's files. */
export interface EntryScope {
  competitionId: string;
  entryId: string;
}

/** The schema of one question's answer; '' is accepted (whether one is required is checked apart). */
export function answerSchema(q: EntryQuestion, scope?: EntryScope): z.ZodType<EntryAnswer> {
  switch (q.kind) {
    case 'short-text':
      return singleLineText({ max: textAnswerMax(q) });
    case 'long-text':
      return multiLineText({ max: textAnswerMax(q) });
    case 'number':
      return z
        .number({ error: vk('validation.numberInvalid') })
        .refine((n) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max), {
          error: vk('validation.numberOutOfRange'),
        });
    case 'choice':
      return z.enum(['', ...(q.options ?? []).map((o) => o.id)], { error: vk('validation.choiceInvalid') });
    case 'file':
      return z
        .string({ error: vk('validation.fileInvalid') })
        .refine((path) => path === '' || isEntryFilePath(path, scope), { error: vk('validation.fileInvalid') });
  }
}
