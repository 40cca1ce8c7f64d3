import { httpsCallable } from 'firebase/functions';
import type { EntryStatus } from '@/domain/model';
import { functions } from '@/lib/firebase/functions';

interface EntryRef {
  competitionId: string;
  entryId: string;
}

/** What submitEntry answers (also for a repeated call: the same receipt). */
export interface SubmitReceipt {
  code: string;
  status: 'submitted';
  /** The server's clock, epoch ms. */
  submittedAt: number;
  revision: number;
}

export type StatusAction = 'reopen' | 'withdraw';

const submitEntryCallable = httpsCallable<EntryRef, SubmitReceipt>(functions, 'submitEntry');
const changeEntryStatusCallable = httpsCallable<EntryRef & { action: StatusAction }, { status: EntryStatus }>(
  functions,
  'changeEntryStatus',
);

/**
 * Submits the team's draft (callable `submitEntry`): the server checks it is
 * complete, before the deadline, and sets the submission time. Idempotent.
 * Errors are the SDK's; `submissionFailure` (./submission-errors) reads them.
 */
export async function submitEntry(competitionId: string, entryId: string): Promise<SubmitReceipt> {
  return (await submitEntryCallable({ competitionId, entryId })).data;
}

/** Reopens a submitted or withdrawn entry as a draft, or withdraws it (callable `changeEntryStatus`). */
export async function changeEntryStatus(
  competitionId: string,
  entryId: string,
  action: StatusAction,
): Promise<EntryStatus> {
  return (await changeEntryStatusCallable({ competitionId, entryId, action })).data.status;
}
