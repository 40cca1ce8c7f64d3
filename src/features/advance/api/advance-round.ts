import { httpsCallable } from 'firebase/functions';
import type { AdvanceScope } from '@/domain/advance';
import type { Advancement } from '@/domain/model';
import { functions } from '@/lib/firebase/functions';
import { readAdvancement } from './advance-data';

export interface AdvanceRequest {
  competitionId: string;
  fromRoundId: string;
  toRoundId: string;
  scope: AdvanceScope;
  n: number;
  excludedTiedEntryIds: string[];
}

const advanceRoundCallable = httpsCallable<AdvanceRequest, Record<string, unknown>>(functions, 'advanceRound');

/**
 * Advances the top N on the server (callable `advanceRound`,
 * functions/src/advance-round.ts). Errors are the SDK's; `toAdvanceError`
 * reads them.
 */
export async function advanceRound(request: AdvanceRequest): Promise<Advancement> {
  const { data } = await advanceRoundCallable(request);
  return readAdvancement(data, request.toRoundId)!;
}
