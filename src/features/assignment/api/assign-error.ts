import { z } from 'zod';
import { callableCode, errorKind } from '@/lib/errors';

const problemSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('too-few-judges'),
    entryId: z.string(),
    entryCode: z.string().optional(),
    trackId: z.string().optional(),
    allowed: z.number(),
    needed: z.number(),
  }),
  z.object({
    code: z.literal('too-many-locked'),
    entryId: z.string(),
    entryCode: z.string().optional(),
    locked: z.number(),
    needed: z.number(),
  }),
  z.object({ code: z.literal('empty-pool'), trackId: z.string() }),
  z.object({ code: z.literal('unknown-judge'), judgeUid: z.string() }),
  z.object({ code: z.literal('engine'), text: z.string() }),
]);

/** Why the engine cannot assign the round as asked, one entry, track or judge at a time. */
export type AssignProblem = z.infer<typeof problemSchema>;

/** What went wrong with an assignment request, for choosing a translated message. */
export type AssignErrorKind = 'impossible' | 'refused' | 'invalid' | 'permission' | 'not-found' | 'network' | 'unknown';

export interface AssignError {
  kind: AssignErrorKind;
  /** The engine's reasons when the request is impossible, else []. */
  problems: AssignProblem[];
}

/**
 * Reads an error of the `assignRound` callable: an impossible request is
 * `failed-precondition` with `details.problems` (without them, the round
 * refuses any change: it is closed); a malformed one is
 * `invalid-argument`; every other code maps as any Firebase error does.
 */
export function toAssignError(error: unknown): AssignError {
  switch (callableCode(error)) {
    case 'failed-precondition': {
      // Without problems the round itself refuses (e.g. it is closed), not the engine.
      const problems = problemsOf(error);
      return problems.length > 0 ? { kind: 'impossible', problems } : { kind: 'refused', problems };
    }
    case 'invalid-argument':
      return { kind: 'invalid', problems: [] };
    default:
      return { kind: errorKind(error), problems: [] };
  }
}

/** A problem of an unknown shape (a newer server) still shows, as the engine's text. */
function problemsOf(error: unknown): AssignProblem[] {
  const details = (error as { details?: unknown }).details;
  if (!details || typeof details !== 'object' || !('problems' in details)) return [];
  const { problems } = details;
  if (!Array.isArray(problems)) return [];
  return problems.map((raw: unknown): AssignProblem => {
    if (typeof raw === 'string') return { code: 'engine', text: raw };
    const parsed = problemSchema.safeParse(raw);
    return parsed.success ? parsed.data : { code: 'engine', text: JSON.stringify(raw) };
  });
}
