// Between the stored entry, the form's values and what a save writes.
import { entryContentOf, ENTRY_TEXT_FIELDS, type Entry, type EntryTextField } from '@/domain/model';
import type { EntryDraftInput, EntryFormSchemas, EntryQuestion } from '@/domain/registration';
import type { EntryContentFields } from '../../api/live-entry';

export const FIXED_FIELDS = ENTRY_TEXT_FIELDS;
type FixedField = EntryTextField;

/** What the form holds: every fixed field, and one answer per question (a blank number: undefined). */
export type EntryFormValues = Required<Omit<EntryDraftInput, 'answers'>> & {
  answers: Record<string, string | number | undefined>;
};

/**
 * The form's values for a stored entry. Only the competition's current
 * questions get an answer (an answer to a question the organizer removed
 * would be refused by the draft schema, and would block every save).
 */
export function toFormValues(entry: Entry, questions: readonly EntryQuestion[]): EntryFormValues {
  const answers: EntryFormValues['answers'] = {};
  for (const q of questions) {
    const stored = Object.hasOwn(entry.answers, q.id) ? entry.answers[q.id] : undefined;
    answers[q.id] = stored ?? (q.kind === 'number' ? undefined : '');
  }
  return { ...entryContentOf(entry), answers };
}

/** Unanswered is absent: no undefined (Firestore keeps none), no '' and no NaN. */
const isAnswered = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && !Number.isNaN(value));

/**
 * The content a save writes, from a parsed draft: every fixed field (blank
 * when absent) and the answers without the unanswered numbers (Firestore
 * keeps no undefined, and '' or NaN is no number).
 */
export function toContent(draft: ReturnType<EntryFormSchemas['draft']['parse']>): EntryContentFields {
  const answers: Record<string, string | number> = {};
  for (const [id, value] of Object.entries(draft.answers ?? {})) {
    if (isAnswered(value)) answers[id] = value;
  }
  return {
    title: draft.title ?? '',
    field: draft.field ?? '',
    summary: draft.summary ?? '',
    problem: draft.problem ?? '',
    solution: draft.solution ?? '',
    stage: draft.stage ?? '',
    financing: draft.financing ?? '',
    answers,
  };
}

/** The content of a stored entry, in the same shape. */
export const entryContent = (entry: Entry, questions: readonly EntryQuestion[]): EntryContentFields => {
  const answers: Record<string, string | number> = {};
  for (const q of questions) {
    const value = Object.hasOwn(entry.answers, q.id) ? entry.answers[q.id] : undefined;
    if (isAnswered(value)) answers[q.id] = value;
  }
  return { ...entryContentOf(entry), answers };
};

/** A stable comparison key: two contents are the same save when their keys are equal. */
export function contentKey(content: EntryContentFields): string {
  const answers = Object.keys(content.answers)
    .sort()
    .map((id) => [id, content.answers[id]]);
  return JSON.stringify([...FIXED_FIELDS.map((f) => content[f]), answers]);
}

export interface SavableContent {
  content: EntryContentFields;
  /** Form paths ('title', 'answers.q-1') whose value is invalid: kept at the last saved value. */
  invalidPaths: string[];
}

/**
 * What may be saved of the form's values now: the valid ones, and for each
 * invalid field the value last saved (or, if that is invalid too, blank), so
 * a mistake in one field never holds back the others and never reaches the
 * server. null only if even that does not pass (it should not happen).
 */
export function savableContent(
  schema: EntryFormSchemas['draft'],
  values: EntryFormValues,
  lastSaved: EntryContentFields,
): SavableContent | null {
  const first = schema.safeParse(values);
  if (first.success) return { content: toContent(first.data), invalidPaths: [] };

  const invalidPaths = new Set<string>();
  const candidate: EntryFormValues = { ...values, answers: { ...values.answers } };
  for (const issue of first.error.issues) {
    const [head, id] = issue.path;
    if (head === 'answers' && typeof id === 'string') {
      invalidPaths.add(`answers.${id}`);
      candidate.answers[id] = Object.hasOwn(lastSaved.answers, id) ? lastSaved.answers[id] : undefined;
    } else if (typeof head === 'string' && (FIXED_FIELDS as readonly string[]).includes(head)) {
      invalidPaths.add(head);
      candidate[head as FixedField] = lastSaved[head as FixedField] as never;
    }
  }
  const second = schema.safeParse(candidate);
  if (second.success) return { content: toContent(second.data), invalidPaths: [...invalidPaths] };

  // The last saved value was invalid too (written by hand, or an older form): blank it.
  for (const issue of second.error.issues) {
    const [head, id] = issue.path;
    if (head === 'answers' && typeof id === 'string') candidate.answers[id] = undefined;
    else if (typeof head === 'string' && (FIXED_FIELDS as readonly string[]).includes(head))
      candidate[head as FixedField] = '' as never;
  }
  const third = schema.safeParse(candidate);
  return third.success ? { content: toContent(third.data), invalidPaths: [...invalidPaths] } : null;
}
