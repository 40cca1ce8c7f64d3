import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';

/** A field the server refused, at the form's path (e.g. 'criteria.2.step'), with a `validation.*` key. */
export interface FieldRefusal {
  path: string;
  message: string;
}

export type SettingsError =
  /** Field by field, as the form's own checks would have said. */
  | { kind: 'fields'; fields: FieldRefusal[] }
  /** A business refusal with its reason code ('rubric-locked', 'track-in-use', 'status-refused', …) and params. */
  | { kind: 'refused'; reason: string; details: Record<string, unknown> }
  | { kind: ErrorKind };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads an error of the settings callables (updateCompetitionSettings, changeCompetitionStatus, createCompetition). */
export function toSettingsError(error: unknown): SettingsError {
  const details = isRecord(error) && isRecord(error.details) ? error.details : {};
  const code = callableCode(error);
  if (code === 'invalid-argument' && Array.isArray(details.fields)) {
    const fields = details.fields.filter(
      (f): f is FieldRefusal => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
    );
    if (fields.length > 0) return { kind: 'fields', fields };
  }
  if (typeof details.reason === 'string') return { kind: 'refused', reason: details.reason, details };
  return { kind: errorKind(error) };
}
