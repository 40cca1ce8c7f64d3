import type { AssignmentInputV1, EntryInput, JudgeInput, PreviousPairInput } from './types';

/** A valid input with `n` entries e1..en and `m` judges j1..jm, no constraints. */
export function input(
  n: number,
  m: number,
  k: number,
  extra: { entries?: Partial<EntryInput>[]; judges?: Partial<JudgeInput>[]; previous?: PreviousPairInput[] } = {},
): AssignmentInputV1 {
  const pad = (i: number): string => String(i).padStart(2, '0');
  return {
    format: 'judging-assignment-input/v1',
    k,
    entries: Array.from({ length: n }, (_, i) => ({ id: `e${pad(i + 1)}`, ...extra.entries?.[i] })),
    judges: Array.from({ length: m }, (_, i) => ({ id: `j${i + 1}`, ...extra.judges?.[i] })),
    ...(extra.previous ? { previous: extra.previous } : {}),
  };
}
