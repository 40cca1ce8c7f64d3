// The two things only a function may do to a sheet: submit it (it is then
// locked) and recuse the judge from the entry (conflict of interest).
import { httpsCallable } from 'firebase/functions';
import { functions } from '@/lib/firebase/functions';

export interface SheetPair {
  competitionId: string;
  roundId: string;
  entryId: string;
}

export interface SubmitSheetRequest extends SheetPair {
  scores: Record<string, number>;
  comments: Record<string, string>;
  comment: string;
}

const submitSheetCallable = httpsCallable<SubmitSheetRequest, unknown>(functions, 'submitSheet');
const recuseSheetCallable = httpsCallable<SheetPair & { reason: string }, { replacement: string | null }>(
  functions,
  'recuseSheet',
);

/** Submits the judge's complete sheet (callable `submitSheet`): from then on only an organizer can reopen it. */
export async function submitSheet(request: SubmitSheetRequest): Promise<void> {
  await submitSheetCallable(request);
}

/** Declares a conflict of interest (callable `recuseSheet`): the entry gets another judge. */
export async function recuseSheet(pair: SheetPair, reason: string): Promise<{ replacement: string | null }> {
  return (await recuseSheetCallable({ ...pair, reason })).data;
}
