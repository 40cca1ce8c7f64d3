// Callable inputs: ids that are safe as document path segments, and parsing
// that answers `invalid-argument` with a bounded list of field problems.
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { capProblems } from './problems';

/**
 * An id given by a client: letters, digits, '-' and '_', at most 128, never
 * '__' (the separator of assignment and sheet ids), so it is a valid document
 * id and never changes which document a path names ('..', '/').
 */
export const inputId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'may contain only letters, digits, "-" and "_"' })
  .refine((s) => !s.includes('__'), { message: 'may not contain "__"' });

/** A free-text reason for an organizer's intervention, kept in the audit trail. */
export const reason = z.string().trim().min(1, { message: 'give a reason' }).max(500);

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'data'}: ${i.message}`);
  throw new HttpsError('invalid-argument', `The request is not valid: ${problems[0]}`, {
    problems: capProblems(problems),
  });
}

/**
 * A sheet's document id, `{roundId}__{judgeUid}__{entryId}`, each part an
 * inputId; parsed into its parts (which the rules force the fields to equal,
 * so they still name the sheet when its fields are damaged).
 */
export const sheetIdInput = z
  .string()
  .max(400)
  .transform((sheetId, ctx) => {
    const parts = sheetId.split('__');
    if (parts.length !== 3 || !parts.every((p) => inputId.safeParse(p).success)) {
      ctx.addIssue({ code: 'custom', message: 'is not a sheet id ({roundId}__{judgeUid}__{entryId})' });
      return z.NEVER;
    }
    const [roundId, judgeUid, entryId] = parts as [string, string, string];
    return { sheetId, roundId, judgeUid, entryId };
  });

/**
 * A map keyed by criterion ids (a sheet's scores or comments): at most `max`
 * keys, each like an id (letters, digits, '-', '_', at most 64, never "__"),
 * counted and checked on the raw object before anything else is read, so a
 * key such as "__proto__" is refused by name instead of vanishing.
 */
export function criterionMap<V extends z.ZodType>(max: number, value: V) {
  const keyOk = (k: string) => k.length <= 64 && /^[A-Za-z0-9_-]+$/.test(k) && !k.includes('__');
  return z
    .custom<Record<string, unknown>>(
      (v) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length <= max,
      { message: `must be a map of at most ${max} entries` },
    )
    .superRefine((v, ctx) => {
      for (const k of Object.keys(v)) {
        if (!keyOk(k)) ctx.addIssue({ code: 'custom', path: [k], message: 'is not a criterion id' });
      }
    })
    .pipe(z.record(z.string(), value));
}
