import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';

/** A field the server refused (e.g. 'people.3.email') with a `validation.*` key. */
export interface FieldRefusal {
  path: string;
  message: string;
}

export type PeopleError =
  | { kind: 'fields'; fields: FieldRefusal[] }
  /** A business refusal: 'owner-only', 'owner', 'team', 'already-accepted', 'unknown', 'revoked', 'expired', 'used', 'wrong-email', 'already-member', … */
  | { kind: 'refused'; reason: string; details: Record<string, unknown> }
  | { kind: ErrorKind };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads an error of the people callables (createInvitations, revokeInvitation,
 * acceptInvitation, removeMember, transferOwnership): field errors, a
 * refusal's reason with its params, or the kind of any other failure.
 */
export function toPeopleError(error: unknown): PeopleError {
  const details = isRecord(error) && isRecord(error.details) ? error.details : {};
  if (callableCode(error) === 'invalid-argument' && Array.isArray(details.fields)) {
    const fields = details.fields.filter(
      (f): f is FieldRefusal => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
    );
    if (fields.length > 0) return { kind: 'fields', fields };
  }
  if (typeof details.reason === 'string') return { kind: 'refused', reason: details.reason, details };
  return { kind: errorKind(error) };
}
