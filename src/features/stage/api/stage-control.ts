// The stage control's only write: the `stageControl` callable, one action per
// call (docs/roadshow.md). The stage documents are written by the function
// alone; the page sees the outcome through its listeners, so the answer is
// used only for what no listener carries (the new screen token).
import { httpsCallable } from 'firebase/functions';
import type { StageAction, StageControlRequest, StageControlResponse } from '@/domain/roadshow';
import { functions } from '@/lib/firebase/functions';

const stageControlCallable = httpsCallable<StageControlRequest, StageControlResponse>(functions, 'stageControl');

export async function stageControl(
  competitionId: string,
  roundId: string,
  action: StageAction,
): Promise<StageControlResponse> {
  return (await stageControlCallable({ competitionId, roundId, action })).data;
}
