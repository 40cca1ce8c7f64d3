// The callables' refusals, read into what the team is told. The functions
// put machine-readable details on their errors (functions/src/submit-entry.ts,
// functions/src/submission-window.ts, functions/src/problems.ts); the web SDK
// passes them on as `error.details`. No SDK import: it only reads fields.
import { VALIDATION_KEYS, type MissingItem, type ValidationKey } from '@/domain/registration';
import { callableCode, errorKind } from '@/lib/errors';

/** One problem the server found with an answer: the form path and a validation key (or its raw text). */
export interface ServerProblem {
  field: string;
  key: ValidationKey | null;
  text: string;
}

export type SubmissionFailure =
  | { kind: 'incomplete'; missing: MissingItem[] }
  | { kind: 'window-closed'; deadline: number | null }
  | { kind: 'invalid'; problems: ServerProblem[] }
  | { kind: 'disqualified' }
  | { kind: 'state' }
  | { kind: 'network' }
  | { kind: 'permission' }
  | { kind: 'not-found' }
  | { kind: 'unknown' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function detailsOf(error: unknown): Record<string, unknown> {
  if (isRecord(error) && isRecord(error.details)) return error.details;
  return {};
}

const MISSING_KEYS: readonly string[] = [
  'validation.required',
  'validation.deckMissing',
  'validation.fileInvalid',
] satisfies MissingItem['key'][];
const isMissingItem = (v: unknown): v is MissingItem =>
  isRecord(v) && typeof v.field === 'string' && typeof v.key === 'string' && MISSING_KEYS.includes(v.key);

/** "answers.q-x: validation.tooLong" → its field and key (the server caps and formats them so). */
function parseProblem(line: unknown): ServerProblem | null {
  if (typeof line !== 'string') return null;
  const at = line.indexOf(': ');
  const field = at > 0 ? line.slice(0, at) : '';
  const message = at > 0 ? line.slice(at + 2) : line;
  const key = (VALIDATION_KEYS as readonly string[]).includes(message) ? (message as ValidationKey) : null;
  return { field, key, text: message };
}

export function submissionFailure(error: unknown): SubmissionFailure {
  const code = callableCode(error);
  const details = detailsOf(error);
  if (code === 'failed-precondition') {
    if (details.reason === 'incomplete') {
      const missing = Array.isArray(details.missing) ? details.missing.filter(isMissingItem) : [];
      return { kind: 'incomplete', missing };
    }
    if (typeof details.reason === 'string' && details.reason.startsWith('window-')) {
      const deadline = typeof details.deadline === 'number' && details.deadline > 0 ? details.deadline : null;
      return { kind: 'window-closed', deadline };
    }
    const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
    if (message.includes('disqualified')) return { kind: 'disqualified' };
    return { kind: 'state' };
  }
  if (code === 'invalid-argument') {
    const lines = Array.isArray(details.problems) ? details.problems : [];
    return { kind: 'invalid', problems: lines.map(parseProblem).filter((p): p is ServerProblem => p !== null) };
  }
  const kind = errorKind(error);
  return kind === 'network' || kind === 'permission' || kind === 'not-found' ? { kind } : { kind: 'unknown' };
}
