// Answering an objection: the `answerObjection` callable
// (functions/src/answer-objection.ts), which refuses an objection already
// answered (the first answer stands) and audits the answer.
import { httpsCallable } from 'firebase/functions';
import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';
import { functions } from '@/lib/firebase/functions';

export type ObjectionDecision = 'upheld' | 'dismissed';
export const ANSWER_MAX = 1000;

interface Request {
  competitionId: string;
  objectionId: string;
  decision: ObjectionDecision;
  answer: string;
}

const call = httpsCallable<Request, { status: ObjectionDecision }>(functions, 'answerObjection');

export async function answerObjection(request: Request): Promise<ObjectionDecision> {
  const { data } = await call(request);
  return data.status;
}

export type AnswerError =
  /** The server refused the answer text: a `validation.*` key. */
  | { kind: 'answer'; message: string }
  /** Someone answered it first: reload to see their answer. */
  | { kind: 'already-answered' }
  | { kind: 'invalid' }
  | { kind: ErrorKind };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function toAnswerError(error: unknown): AnswerError {
  const details = isRecord(error) && isRecord(error.details) ? error.details : {};
  const code = callableCode(error);
  if (code === 'invalid-argument' && Array.isArray(details.fields)) {
    const field = details.fields.find(
      (f): f is { path: string; message: string } =>
        isRecord(f) && f.path === 'answer' && typeof f.message === 'string',
    );
    if (field) return { kind: 'answer', message: field.message };
  }
  if (code === 'invalid-argument') return { kind: 'invalid' };
  if (details.reason === 'already-answered') return { kind: 'already-answered' };
  return { kind: errorKind(error) };
}
