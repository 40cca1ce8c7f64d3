// The competition set-up callables (createCompetition,
// updateCompetitionSettings) take form values. Before zod reads them they are
// measured, so an absurd payload (a million-item list, a megabyte string, a
// "__proto__" key) is refused in one line without being walked by the
// schema; then the schema's issues become field errors the form shows where
// its own checks would have (path joined by '.', message a `validation.*` key).
import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';

/** Larger than any list of the settings (awards: 50, questions: 30, options: 30 each). */
const MAX_ITEMS = 100;
/** Larger than any text of the settings (the rules text: 20,000 after trimming). */
const MAX_CHARS = 30_000;
/** Larger than any object of the settings (a question has 9 fields). */
const MAX_KEYS = 30;
/** Deeper than any value of the settings (values.questions.0.options.0.label is 4). */
const MAX_DEPTH = 8;
/** More values than the largest form holds (30 questions × 30 options × 3 fields). */
const MAX_NODES = 10_000;
/** Keys an object literal inherits or that a merge could turn into prototype changes. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Field errors listed at most (a form never has this many). */
const MAX_FIELDS = 200;

/** Why `value` (at `path`) is not a plausible form payload, or null. */
export function payloadProblem(value: unknown, path = 'values'): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const here = stack.pop()!;
    if (++nodes > MAX_NODES) return `${path}: more than ${MAX_NODES} values`;
    if (typeof here.value === 'string' && here.value.length > MAX_CHARS) {
      return `${here.path}: a text longer than ${MAX_CHARS} characters`;
    }
    if (!here.value || typeof here.value !== 'object') continue;
    if (here.depth >= MAX_DEPTH) return `${here.path}: nested more than ${MAX_DEPTH} levels deep`;
    if (Array.isArray(here.value)) {
      if (here.value.length > MAX_ITEMS) return `${here.path}: a list of more than ${MAX_ITEMS} items`;
      here.value.forEach((v, i) => stack.push({ value: v, path: `${here.path}.${i}`, depth: here.depth + 1 }));
      continue;
    }
    const proto = Object.getPrototypeOf(here.value) as unknown;
    if (proto !== Object.prototype && proto !== null) return `${here.path}: not a plain object`;
    const keys = Object.keys(here.value);
    if (keys.length > MAX_KEYS) return `${here.path}: more than ${MAX_KEYS} fields`;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key) || key.length > 64) return `${here.path}: a field named "${key.slice(0, 64)}"`;
      stack.push({
        value: (here.value as Record<string, unknown>)[key],
        path: `${here.path}.${key}`,
        depth: here.depth + 1,
      });
    }
  }
  return null;
}

/** Refuses an implausible payload with invalid-argument (see payloadProblem). */
export function refuseImplausible(value: unknown, path: string): void {
  const problem = payloadProblem(value, path);
  if (problem) throw new HttpsError('invalid-argument', `The request is not valid: ${problem}.`);
}

export interface FieldError {
  path: string;
  message: string;
}

/**
 * The issues as the form's fields: an unknown key is reported at its own
 * path; a message that is not a translation key (a zod default) becomes
 * 'validation.invalid', since the form translates every message.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const key = (message: string) => (message.startsWith('validation.') ? message : 'validation.invalid');
  return issues
    .flatMap((issue) => {
      const at = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        const message = issue.message.startsWith('validation.') ? issue.message : 'validation.unknownField';
        return issue.keys.map((k) => ({ path: [...at, k].join('.'), message }));
      }
      return [{ path: at.join('.'), message: key(issue.message) }];
    })
    .slice(0, MAX_FIELDS);
}

/** invalid-argument with `details.fields`; the message ("`what` is not valid (…)") names the first field. */
export function fieldRefusal(issues: readonly z.core.$ZodIssue[], what: string): HttpsError {
  const fields = fieldErrors(issues);
  const first = fields[0];
  const more = fields.length > 1 ? ` and ${fields.length - 1} more` : '';
  const where = first ? `${first.path || '(values)'}: ${first.message}` : 'invalid';
  return new HttpsError('invalid-argument', `${what} is not valid (${where}${more}).`, { fields });
}

/** `schema`'s output for `data`, or the field refusal. */
export function parseFields<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw fieldRefusal(parsed.error.issues, what);
  return parsed.data;
}
