import { httpsCallable } from 'firebase/functions';
import { callableCode, errorKind } from '@/lib/errors';
import { functions } from '@/lib/firebase/functions';

export interface PublishInput {
  competitionId: string;
  roundId: string;
  /** 0 = final at once. */
  noticeDays: number;
  /** Required from version 2 on. */
  reason?: string;
  /** Publish each winner's award confidence (default false: nothing about it is public). */
  showConfidence?: boolean;
}

export interface PublishOutcome {
  versionId: string;
  version: number;
  /** false: the latest version already froze this computation, nothing was written. */
  created: boolean;
}

export const MAX_NOTICE_DAYS = 30;
export const MAX_REASON = 500;

/** Freezes the round's stored computation into the next published version (callable `publishResults`). */
export async function publishResults(input: PublishInput): Promise<PublishOutcome> {
  const call = httpsCallable<PublishInput, PublishOutcome>(functions, 'publishResults');
  return (await call(input)).data;
}

export type PublishErrorKind =
  | 'not-computed'
  | 'reason-required'
  | 'computed-again'
  | 'export-mismatch'
  | 'no-confidence'
  | 'invalid'
  | 'refused'
  | 'permission'
  | 'network'
  | 'not-found'
  | 'unknown';

/** Reads a `publishResults` error: `details.reason` names a refusal, `details.fields` invalid input. */
export function toPublishError(error: unknown): PublishErrorKind {
  const details = (error as { details?: { reason?: unknown; fields?: unknown } } | null)?.details;
  const reason = details?.reason;
  if (
    reason === 'not-computed' ||
    reason === 'reason-required' ||
    reason === 'computed-again' ||
    reason === 'export-mismatch' ||
    reason === 'no-confidence'
  ) {
    return reason;
  }
  const code = callableCode(error);
  if (code === 'invalid-argument') return 'invalid';
  if (code === 'failed-precondition') return 'refused';
  return errorKind(error);
}
