// Raising an objection: the `raiseObjection` callable (functions/src/
// raise-objection.ts). Its own module, loaded with the objection form only
// (the Functions SDK stays out of the team home's first load).
import { httpsCallable } from 'firebase/functions';
import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';
import { functions } from '@/lib/firebase/functions';

type Raw = Record<string, unknown>;

export const OBJECTION_REASON_MAX = 1000;

const raiseCall = httpsCallable<{ competitionId: string; versionId: string; reason: string }, { objectionId: string }>(
  functions,
  'raiseObjection',
);

export async function raiseObjection(competitionId: string, versionId: string, reason: string): Promise<string> {
  const { data } = await raiseCall({ competitionId, versionId, reason });
  return data.objectionId;
}

export type RaiseError =
  | { kind: 'reason'; message: string }
  | { kind: 'already-open' | 'notice-over' | 'superseded' | 'invalid' }
  | { kind: ErrorKind };

const isRecord = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);

export function toRaiseError(error: unknown): RaiseError {
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
  if (details.reason === 'already-open' || details.reason === 'notice-over' || details.reason === 'superseded') {
    return { kind: details.reason };
  }
  return { kind: errorKind(error) };
}
