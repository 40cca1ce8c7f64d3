// Inputs of the people callables that a form filled in: refused field by
// field, each with the form's path and the `validation.*` key the form itself
// would show, so the page puts the server's refusal on the same field.
import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';

/** At most this many fields are named (a pasted list of 300 bad lines must not make a huge error). */
export const MAX_FIELDS = 100;

export function parseFields<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues
    .slice(0, MAX_FIELDS)
    .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0]!;
  throw new HttpsError('invalid-argument', `The request is not valid: ${first.path || 'data'}: ${first.message}`, {
    fields,
  });
}

/**
 * A business refusal: details carry the reason code (and its parameters) the
 * page translates; the message is for logs and other clients.
 */
export function refusal(
  code: 'failed-precondition' | 'permission-denied' | 'not-found',
  message: string,
  details: { reason: string } & Record<string, unknown>,
): HttpsError {
  return new HttpsError(code, message, details);
}
