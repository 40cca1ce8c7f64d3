import { httpsCallable } from 'firebase/functions';
import type { AssignmentStats } from '@/domain/assignment';
import { functions } from '@/lib/firebase/functions';
import { toAssignWarnings, type AssignWarning } from './assign-warnings';

/** The engine's optimal assignment, or (roadshow rounds) every judge on every finalist. */
export type AssignStrategy = 'engine' | 'every-judge';

/** One track's panel: k judges per entry, chosen among `judgeUids`. */
export interface TrackPool {
  trackId: string;
  k: number;
  judgeUids: string[];
}

export interface AssignRoundRequest {
  competitionId: string;
  roundId: string;
  commit: boolean;
  strategy: AssignStrategy;
  /** One per track of the competition (k is ignored for 'every-judge'). */
  pools: TrackPool[];
}

export interface JudgeEntryPair {
  judgeUid: string;
  entryId: string;
}

/** The engine's figures for the whole round (tagMatches: pairs whose judge's tags include the entry's field). */
export type AssignStats = AssignmentStats;

/** What the assignment is (preview) or became (commit). */
export interface AssignRoundResult {
  committed: boolean;
  /** Judge uid → entries assigned in this round. */
  loads: Record<string, number>;
  stats: AssignStats;
  added: JudgeEntryPair[];
  removed: JudgeEntryPair[];
  /** Submitted sheets the plan removes or keeps although forbidden, to translate. */
  warnings: AssignWarning[];
}

const assignRoundCallable = httpsCallable<
  AssignRoundRequest,
  Omit<AssignRoundResult, 'warnings'> & { warnings: unknown }
>(functions, 'assignRound');

/**
 * Runs the assignment of a round on the server (callable `assignRound`,
 * functions/src/assign-round.ts): with `commit: false` it only proposes,
 * with `commit: true` it writes; its warnings are read
 * into known shapes. Errors are the SDK's; `toAssignError` reads them.
 */
export async function assignRound(request: AssignRoundRequest): Promise<AssignRoundResult> {
  const { data } = await assignRoundCallable(request);
  return { ...data, warnings: toAssignWarnings(data.warnings) };
}
