import type { PlanEntry, PlanJudge, RoundContext } from './round-plan-context';
import type { PlanProblem, PlanRequest } from './round-plan-types';

/** Tracks assigned together: one engine run (or, for every-judge, one track). */
export interface PlanGroup {
  trackIds: string[];
  k: number;
  /** The pool's judges, in uid order. */
  judges: PlanJudge[];
  /** The competing entries of the group's tracks, in id order. */
  entries: PlanEntry[];
}

/**
 * Splits a request into groups: for the engine, tracks whose pools have the
 * same judges (in any order, repeats ignored) and the same k are one run, so
 * their judges' loads are balanced over both tracks at once; every other
 * track runs alone. For `every-judge` each track is its own group. A pool
 * naming a uid that is no judge of the competition is a problem, listed
 * once per uid.
 */
export function planGroups(ctx: RoundContext, request: PlanRequest): { groups: PlanGroup[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const unknown = new Set<string>();
  const byKey = new Map<string, PlanGroup>();
  for (const pool of request.pools) {
    for (const uid of pool.judgeUids) {
      if (!ctx.judgeByUid.has(uid) && !unknown.has(uid)) {
        unknown.add(uid);
        problems.push({ code: 'unknown-judge', judgeUid: uid });
      }
    }
    const uids = new Set(pool.judgeUids);
    const judges = ctx.judges.filter((j) => uids.has(j.uid));
    const key =
      request.strategy === 'engine' ? JSON.stringify([judges.map((j) => j.uid), pool.k]) : JSON.stringify(pool.trackId);
    const group = byKey.get(key) ?? { trackIds: [], k: pool.k, judges, entries: [] };
    group.trackIds.push(pool.trackId);
    byKey.set(key, group);
  }
  const groups = [...byKey.values()];
  for (const group of groups) group.entries = ctx.entries.filter((e) => group.trackIds.includes(e.trackId));
  return { groups, problems };
}
