// Ids of the things an organizer lists (tracks, rounds, criteria, award
// tiers): the form makes them, a function checks them. The same shape as the
// entry form's question ids, for the same reasons (safe as object keys and
// form paths; readable in the results export).
import { z } from 'zod';
import { ENTRY_QUESTION_ID, RESERVED_QUESTION_IDS } from '../registration/entry-question';
import { typeError } from '../registration/text-safety';
import { vk } from '../registration/validation-keys';

export const settingsId = z
  .string({ error: typeError })
  .refine((s) => ENTRY_QUESTION_ID.test(s) && !RESERVED_QUESTION_IDS.includes(s), {
    error: vk('validation.idInvalid'),
  });

/**
 * A fresh id for a new item of a list: `prefix` followed by the smallest number
 * not taken (`track-3`), so new ids are short, readable and never collide.
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Adds an 'idDuplicate' issue at `[...under, i, field]` for each item whose
 * key was seen before (the list lives at `under` within the refined value).
 */
export function refineDistinct<T>(
  items: readonly T[],
  key: (item: T) => string,
  ctx: z.RefinementCtx,
  { field = 'id', under = [] }: { field?: string; under?: PropertyKey[] } = {},
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k))
      ctx.addIssue({ code: 'custom', path: [...under, i, field], message: vk('validation.idDuplicate') });
    seen.add(k);
  });
}
