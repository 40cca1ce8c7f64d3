// Disqualifying or reinstating an entry: the `setEntryEligibility` callable
// (functions/src/set-entry-eligibility.ts). It changes the status, takes the
// entry out of assignment (its assignments and draft sheets go) and writes
// an audit event with the reason; rules keep organizers from changing an
// entry's status themselves.
import { httpsCallable } from 'firebase/functions';
import type { EntryStatus } from '@/domain/model';
import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';
import { functions } from '@/lib/firebase/functions';

export type EligibilityAction = 'disqualify' | 'reinstate';
export const ELIGIBILITY_REASON_MAX = 500;

interface Request {
  competitionId: string;
  entryId: string;
  action: EligibilityAction;
  reason: string;
}

const call = httpsCallable<Request, { status: EntryStatus }>(functions, 'setEntryEligibility');

/** Runs the decision on the server; resolves with the entry's new status. */
export async function setEntryEligibility(request: Request): Promise<EntryStatus> {
  const { data } = await call(request);
  return data.status;
}

export type EligibilityError =
  /** The reason was refused (empty, too long): a `validation.*` key. */
  | { kind: 'reason'; message: string }
  /** The server refused the request's reason without saying which rule (empty or over 500 characters). */
  | { kind: 'invalid' }
  /** The entry's status does not allow it (someone else acted first): reload. */
  | { kind: 'state' }
  /** The entry changed while the decision was being written (the team saved): try again. */
  | { kind: 'changed' }
  | { kind: ErrorKind };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** What went wrong, to say in the dialog. */
export function toEligibilityError(error: unknown): EligibilityError {
  const details = isRecord(error) && isRecord(error.details) ? error.details : {};
  const code = callableCode(error);
  if (code === 'invalid-argument' && Array.isArray(details.fields)) {
    const field = details.fields.find(
      (f): f is { path: string; message: string } =>
        isRecord(f) && f.path === 'reason' && typeof f.message === 'string',
    );
    if (field) return { kind: 'reason', message: field.message };
  }
  if (code === 'invalid-argument') return { kind: 'invalid' };
  if (code === 'failed-precondition') return { kind: 'state' };
  if (code === 'aborted') return { kind: 'changed' };
  return { kind: errorKind(error) };
}
