// Plain-text fields. Nothing here renders HTML (React escapes text), so markup
// such as '<script>' is ordinary text and is neither stripped nor escaped:
// what the team typed is what is stored and shown. What is bounded is the
// length, and control characters, which have no business in a form field and
// confuse exports (CSV, PDF) and terminals: single-line fields refuse every
// C0 control character (line breaks included) and DEL; multi-line fields
// allow only tab, line feed and carriage return among them.
import { z } from 'zod';
import { vk } from './validation-keys';

const LINE_BREAK = /[\n\r]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Missing (undefined) is 'required'; any other wrong type is 'invalid'. */
export const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? vk('validation.required') : vk('validation.invalid');

/** Whether a form value counts as not filled in: absent, null or only whitespace. */
export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export interface TextOptions {
  /** At most this many UTF-16 code units after trimming. */
  max: number;
  /** At least one character after trimming ('validation.required' otherwise). */
  required?: boolean;
}

// The checks do not abort (an aborting issue would also stop the refinements
// of the enclosing object, which report missing fields); each problem is
// reported once because the checks exclude one another.

/** A trimmed single-line string: no line breaks, no control characters. */
export function singleLineText({ max, required = false }: TextOptions) {
  const base = z
    .string({ error: typeError })
    .trim()
    .refine((s) => !LINE_BREAK.test(s), { error: vk('validation.noLineBreaks') })
    .refine((s) => !CONTROL_EXCEPT_LINE_BREAKS.test(s), { error: vk('validation.invalidChars') });
  return (required ? base.min(1, { error: vk('validation.required') }) : base).max(max, {
    error: vk('validation.tooLong'),
  });
}

/** A trimmed multi-line string: line breaks and tabs allowed, other control characters not. */
export function multiLineText({ max, required = false }: TextOptions) {
  const base = z
    .string({ error: typeError })
    .trim()
    .refine((s) => !CONTROL_EXCEPT_WHITESPACE.test(s), { error: vk('validation.invalidChars') });
  return (required ? base.min(1, { error: vk('validation.required') }) : base).max(max, {
    error: vk('validation.tooLong'),
  });
}
