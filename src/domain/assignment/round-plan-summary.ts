import { compareIds } from '../results/compare-ids';
import { comparePairs, forbidden, pairKey, sharesTag, type RoundContext } from './round-plan-context';
import type { PlanGroup } from './round-plan-groups';
import type { PlanPair, PlanWarning, RoundPlan } from './round-plan-types';

/**
 * Loads, stats, the difference with the round's current pairs and the
 * warnings of a plan, over all its groups, counted the way the engine counts
 * one run (shared/spec/assignment-v1.md): a previous pair (a current pair or
 * a submitted sheet) is dropped when its entry no longer competes or its
 * judge is not in the entry's pool, else kept or moved. A judge in two pools
 * has the sum of its loads.
 */
export function summarize(ctx: RoundContext, groups: PlanGroup[], planned: PlanPair[]): RoundPlan {
  const pairs = [...planned].sort(comparePairs);
  const inPlan = new Set(pairs.map((p) => pairKey(p.judgeUid, p.entryId)));
  const inRound = new Set(ctx.current.map((p) => pairKey(p.judgeUid, p.entryId)));
  const groupOf = new Map(groups.flatMap((g) => g.entries.map((e) => [e.id, g] as const)));

  const loadOf = new Map<string, number>();
  for (const g of groups) for (const j of g.judges) loadOf.set(j.uid, 0);
  for (const p of pairs) loadOf.set(p.judgeUid, (loadOf.get(p.judgeUid) ?? 0) + 1);
  const loads = Object.fromEntries([...loadOf].sort(([a], [b]) => compareIds(a, b)));
  const values = [...loadOf.values()];

  const previous = new Map([...ctx.current, ...ctx.lockedPairs].map((p) => [pairKey(p.judgeUid, p.entryId), p]));
  let kept = 0;
  let moved = 0;
  let dropped = 0;
  const warnings: PlanWarning[] = [];
  for (const [key, p] of [...previous].sort(([, a], [, b]) => comparePairs(a, b))) {
    const pair = { judgeUid: p.judgeUid, entryId: p.entryId };
    const entry = ctx.entryById.get(p.entryId);
    const group = groupOf.get(p.entryId);
    const inPool = !group || group.judges.some((j) => j.uid === p.judgeUid);
    const locked = ctx.locked.has(key);
    if (!entry || !inPool) {
      dropped += 1;
      if (locked) {
        warnings.push(
          entry
            ? { code: 'locked-out-of-pool', ...pair, entryCode: entry.code, trackId: entry.trackId }
            : { code: 'locked-not-competing', ...pair },
        );
      }
      continue;
    }
    if (inPlan.has(key)) kept += 1;
    else moved += 1;
    const judge = ctx.judgeByUid.get(p.judgeUid);
    const why = locked && judge ? forbidden(judge, entry) : null;
    if (why) warnings.push({ code: 'locked-forbidden', ...pair, entryCode: entry.code, reason: why });
  }

  const tagMatches = pairs.filter((p) => {
    const judge = ctx.judgeByUid.get(p.judgeUid);
    const entry = ctx.entryById.get(p.entryId);
    return judge && entry && sharesTag(judge, entry);
  }).length;

  return {
    pairs,
    loads,
    stats: {
      pairs: pairs.length,
      minLoad: values.length > 0 ? Math.min(...values) : 0,
      maxLoad: values.length > 0 ? Math.max(...values) : 0,
      kept,
      moved,
      dropped,
      tagMatches,
    },
    added: pairs.filter((p) => !inRound.has(pairKey(p.judgeUid, p.entryId))),
    removed: ctx.current.filter((p) => !inPlan.has(pairKey(p.judgeUid, p.entryId))),
    warnings,
  };
}
