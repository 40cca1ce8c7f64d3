import { httpsCallable } from 'firebase/functions';
import type { ResultsV1 } from '@/domain/results';
import { functions } from '@/lib/firebase/functions';

export interface SavedComputation {
  results: ResultsV1;
  /** SHA-256 (hex) of the export the results were computed from. */
  exportSha256: string;
}

const computeRoundResults = httpsCallable<{ competitionId: string; roundId: string }, SavedComputation>(
  functions,
  'computeRoundResults',
);

/**
 * Has the server compute and store a round's results (callable
 * `computeRoundResults`). Errors are the SDK's; `toSaveError` reads them.
 */
export async function saveComputation(competitionId: string, roundId: string): Promise<SavedComputation> {
  const result = await computeRoundResults({ competitionId, roundId });
  return result.data;
}
