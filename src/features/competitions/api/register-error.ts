import { VALIDATION_KEYS, type ValidationKey } from '@/domain/registration';
import { callableCode, errorKind } from '@/lib/errors';

/** A field the server refused, as a form path (`members.0.name`) and a validation key. */
export interface FieldProblem {
  path: string;
  key: ValidationKey;
}

/** Why a registration failed, for choosing a message that says what to do next. */
export type RegisterError =
  | { kind: 'window'; window: 'closed' | 'not-yet' | 'unavailable'; deadline: number | null }
  | { kind: 'other-role' }
  | { kind: 'invalid'; fields: FieldProblem[] }
  | { kind: 'signed-out' }
  | { kind: 'not-found' }
  | { kind: 'network' }
  | { kind: 'unknown' };

const WINDOWS = {
  'window-closed': 'closed',
  'window-not-yet': 'not-yet',
  'window-unavailable': 'unavailable',
} as const;
const KEYS: ReadonlySet<string> = new Set(VALIDATION_KEYS);

/**
 * Reads an error of the `registerTeam` callable (functions/src/register-team.ts):
 * - failed-precondition with `details.reason` 'window-…' (and the deadline):
 *   the window is not open; without a reason: the account already has another
 *   role in the competition;
 * - invalid-argument with `details.problems`, lines such as
 *   `registration.contactPhone: validation.phoneInvalid`;
 * - 'internal' is also what the web SDK reports when the request never got an
 *   answer (offline, connection dropped), so it counts as a network failure.
 */
export function toRegisterError(error: unknown): RegisterError {
  const code = callableCode(error);
  const details = detailsOf(error);
  switch (code) {
    case 'failed-precondition': {
      const reason = typeof details.reason === 'string' ? details.reason : '';
      if (reason in WINDOWS) {
        const deadline = typeof details.deadline === 'number' ? details.deadline : null;
        return { kind: 'window', window: WINDOWS[reason as keyof typeof WINDOWS], deadline };
      }
      return { kind: 'other-role' };
    }
    case 'invalid-argument':
      return { kind: 'invalid', fields: fieldProblems(details.problems) };
    case 'unauthenticated':
      return { kind: 'signed-out' };
    case 'not-found':
      return { kind: 'not-found' };
    case 'internal':
      return { kind: 'network' };
  }
  return { kind: errorKind(error) === 'network' ? 'network' : 'unknown' };
}

function detailsOf(error: unknown): Record<string, unknown> {
  const details = error && typeof error === 'object' ? (error as { details?: unknown }).details : undefined;
  return details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
}

/** `registration.members.0.name: validation.required` → { path: 'members.0.name', key }. */
function fieldProblems(problems: unknown): FieldProblem[] {
  if (!Array.isArray(problems)) return [];
  const fields: FieldProblem[] = [];
  for (const line of problems) {
    if (typeof line !== 'string') continue;
    const match = /^registration\.([\w.]+): (validation\.\w+)$/.exec(line);
    if (match && KEYS.has(match[2]!)) fields.push({ path: match[1]!, key: match[2] as ValidationKey });
  }
  return fields;
}
