import type { Assignment, Entry, Member, ScoreSheet } from '../model';
import type { AssignmentStats } from './types';

/*
 * Types of a round's assignment plan, built from stored documents (the
 * Cloud Functions `assignRound` and `recuseSheet` read them; this folder stays
 * pure). The engine (assign.ts) works on one judge pool and one k; a plan
 * covers every track of the round, each with its own pool and k.
 */

/** `engine`: k judges per entry by the engine; `every-judge`: each pool judge scores every entry of its track. */
export type PlanStrategy = 'engine' | 'every-judge';

/** The judges of one track and how many of them score each entry (ignored by `every-judge`). */
export interface PoolSpec {
  trackId: string;
  k: number;
  judgeUids: string[];
}

export interface PlanRequest {
  strategy: PlanStrategy;
  /** One per track of the competition. */
  pools: PoolSpec[];
}

export interface PlanPair {
  judgeUid: string;
  entryId: string;
}

/** Why a request cannot be assigned, structured so that the page can say it in the interface language. */
export type PlanProblem =
  | { code: 'too-few-judges'; entryId: string; entryCode: string; trackId: string; allowed: number; needed: number }
  | { code: 'too-many-locked'; entryId: string; entryCode: string; locked: number; needed: number }
  | { code: 'empty-pool'; trackId: string }
  | { code: 'unknown-judge'; judgeUid: string }
  | { code: 'engine'; text: string };

/**
 * What the organizer should know about a plan that still goes through, all
 * about a submitted sheet (a locked pair), structured so that the page can
 * say it in the interface language with the judge's name: its judge left the
 * entry's pool or its entry no longer competes (the assignment is removed,
 * the sheet stays), or the pair is now forbidden (it is kept).
 */
export type PlanWarning =
  | { code: 'locked-out-of-pool'; judgeUid: string; entryId: string; entryCode: string; trackId: string }
  | { code: 'locked-not-competing'; judgeUid: string; entryId: string }
  | {
      code: 'locked-forbidden';
      judgeUid: string;
      entryId: string;
      entryCode: string;
      reason: 'conflict' | 'organization';
    };

/** What a plan reads, as plain documents (ids included). */
export interface RoundDocs {
  roundId: string;
  /** Any status: only `submitted` ones compete. */
  entries: Pick<Entry, 'id' | 'code' | 'trackId' | 'field' | 'status'>[];
  /** Entry id → its identity's organization (a judge of the same organization may not score it). */
  organizations: ReadonlyMap<string, string>;
  /** Any role: only judges are assigned. */
  members: Pick<Member, 'uid' | 'role' | 'tags' | 'organizations' | 'conflicts'>[];
  /** Any round: only those listing `roundId` are the round's current pairs. */
  assignments: Pick<Assignment, 'judgeUid' | 'entryId' | 'roundIds'>[];
  /** Any round: only `roundId`'s count (submitted ⇒ locked, recused ⇒ conflict). */
  sheets: Pick<ScoreSheet, 'roundId' | 'judgeUid' | 'entryId' | 'status'>[];
}

export interface RoundPlan {
  /** Every pair of the round after the plan, sorted by entry, then judge. */
  pairs: PlanPair[];
  /** Every judge of some pool, 0 included, summed over the pools it is in. */
  loads: Record<string, number>;
  stats: AssignmentStats;
  /** Pairs the plan makes that the round does not have yet, and the other way round. */
  added: PlanPair[];
  removed: PlanPair[];
  /** In pair order (entry, then judge). */
  warnings: PlanWarning[];
}

export type PlanOutcome = { ok: true; value: RoundPlan } | { ok: false; problems: PlanProblem[] };
