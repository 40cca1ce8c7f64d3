import { z } from 'zod';

const pair = { judgeUid: z.string(), entryId: z.string() };
const warningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('locked-out-of-pool'), ...pair, entryCode: z.string().optional(), trackId: z.string() }),
  z.object({ code: z.literal('locked-not-competing'), ...pair }),
  z.object({
    code: z.literal('locked-forbidden'),
    ...pair,
    entryCode: z.string().optional(),
    reason: z.enum(['conflict', 'organization']),
  }),
]);

/**
 * What the organizer should know about a plan that still goes through
 * (`PlanWarning` in src/domain/assignment/round-plan-types.ts): a judge's
 * submitted sheet whose pair is removed or kept although forbidden. `other`
 * is a warning of a shape this page does not know (an older or newer
 * server), shown as the server's text.
 */
export type AssignWarning = z.infer<typeof warningSchema> | { code: 'other'; text: string };

/** Reads the `warnings` of an `assignRound` answer; never throws. */
export function toAssignWarnings(raw: unknown): AssignWarning[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item: unknown): AssignWarning => {
    if (typeof item === 'string') return { code: 'other', text: item };
    const parsed = warningSchema.safeParse(item);
    return parsed.success ? parsed.data : { code: 'other', text: JSON.stringify(item) };
  });
}
