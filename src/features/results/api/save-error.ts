import { callableCode, errorKind } from '@/lib/errors';

/** What went wrong with a save, for choosing a translated message. */
export type SaveErrorKind = 'refused' | 'permission' | 'not-found' | 'network' | 'unknown';

export interface SaveError {
  kind: SaveErrorKind;
  /** The engine's problem lines when the server refused the data, else []. */
  problems: string[];
}

/**
 * Reads an error of the `computeRoundResults` callable: a refusal carries
 * `details.problems` (see functions/src/compute-round-results.ts); every other
 * code maps as any Firebase error does.
 */
export function toSaveError(error: unknown): SaveError {
  if (callableCode(error) === 'failed-precondition') return { kind: 'refused', problems: problemsOf(error) };
  return { kind: errorKind(error), problems: [] };
}

function problemsOf(error: unknown): string[] {
  const details = (error as { details?: unknown }).details;
  if (!details || typeof details !== 'object' || !('problems' in details)) return [];
  const { problems } = details;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}
