import { httpsCallable } from 'firebase/functions';
import { callableCode, errorKind } from '@/lib/errors';
import { functions } from '@/lib/firebase/functions';

const addJudgeCallable = httpsCallable<
  { competitionId: string; roundId: string; entryId: string; judgeUid: string },
  { assignmentId: string }
>(functions, 'addJudgeToEntry');

const reopenSheetCallable = httpsCallable<
  { competitionId: string; sheetId: string; reason: string },
  { sheetId: string; status: 'draft' }
>(functions, 'reopenSheet');

/** Re-review (复评): one more judge on one entry of an open round (callable `addJudgeToEntry`). */
export async function addJudgeToEntry(input: {
  competitionId: string;
  roundId: string;
  entryId: string;
  judgeUid: string;
}): Promise<string> {
  return (await addJudgeCallable(input)).data.assignmentId;
}

/** Turns a submitted or recused sheet back into a draft, with a reason the judge sees (callable `reopenSheet`). */
export async function reopenSheet(input: { competitionId: string; sheetId: string; reason: string }): Promise<void> {
  await reopenSheetCallable(input);
}

/** Why an action was refused, for choosing a translated message (fairness.errors.*). */
export type ActionErrorKind =
  | 'round-not-open'
  | 'entry-not-submitted'
  | 'not-a-judge'
  | 'conflict'
  | 'already-assigned'
  | 'not-reopenable'
  | 'permission'
  | 'not-found'
  | 'invalid'
  | 'network'
  | 'unknown';

const REASONS: readonly ActionErrorKind[] = [
  'round-not-open',
  'entry-not-submitted',
  'not-a-judge',
  'conflict',
  'already-assigned',
];

/**
 * Reads a refusal of addJudgeToEntry or reopenSheet: the `details.reason`
 * the functions give (functions/src/add-judge-to-entry.ts), else the code.
 * reopenSheet's two refusals carry no reason code yet; its message says
 * which ("is not open" for the round), so that is read as a fallback.
 */
export function toActionError(error: unknown): ActionErrorKind {
  const code = callableCode(error);
  const details = (error as { details?: unknown } | null)?.details;
  const reason = details && typeof details === 'object' ? (details as { reason?: unknown }).reason : undefined;
  if (typeof reason === 'string' && (REASONS as readonly string[]).includes(reason)) return reason as ActionErrorKind;
  if (code === 'failed-precondition') {
    const message = String((error as { message?: unknown }).message ?? '');
    return /not open/i.test(message) ? 'round-not-open' : 'not-reopenable';
  }
  if (code === 'invalid-argument') return 'invalid';
  return errorKind(error);
}
