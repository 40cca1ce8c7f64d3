import { errorCode } from '@/lib/errors';

/** What went wrong with a save, for choosing a translated message. */
export type SaveErrorKind = 'refused' | 'permission' | 'not-found' | 'network' | 'unknown';

export interface SaveError {
  kind: SaveErrorKind;
  /** The engine's problem lines when the server refused the data, else []. */
  problems: string[];
}

/**
 * Reads an error of the `computeRoundResults` callable. The SDK prefixes the
 * HttpsError code with `functions/`; a refusal carries `details.problems`
 * (see functions/src/compute-round-results.ts).
 */
export function toSaveError(error: unknown): SaveError {
  const code = (errorCode(error) ?? '').replace(/^functions\//, '');
  switch (code) {
    case 'failed-precondition':
      return { kind: 'refused', problems: problemsOf(error) };
    case 'permission-denied':
    case 'unauthenticated':
      return { kind: 'permission', problems: [] };
    case 'not-found':
      return { kind: 'not-found', problems: [] };
    case 'unavailable':
    case 'deadline-exceeded':
      return { kind: 'network', problems: [] };
    default:
      return { kind: 'unknown', problems: [] };
  }
}

function problemsOf(error: unknown): string[] {
  const details = (error as { details?: unknown }).details;
  if (!details || typeof details !== 'object' || !('problems' in details)) return [];
  const { problems } = details;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}
