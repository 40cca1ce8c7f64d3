import { roundContext } from './round-plan-context';
import { planGroups } from './round-plan-groups';
import { groupProblems } from './round-plan-checks';
import { everyJudgePairs, runEngine } from './round-plan-run';
import { summarize } from './round-plan-summary';
import type { PlanOutcome, PlanPair, PlanRequest, RoundDocs } from './round-plan-types';

/**
 * A round's assignment from its stored documents: one engine run per group
 * of tracks sharing a pool and k (or every pool judge for every entry), the
 * results merged, compared with the round's current pairs. An impossible
 * request gives structured problems, never a partial plan. Entries of a
 * track the request names no pool for keep their current pairs.
 */
export function planRound(docs: RoundDocs, request: PlanRequest): PlanOutcome {
  const ctx = roundContext(docs);
  const { groups, problems } = planGroups(ctx, request);
  for (const group of groups) problems.push(...groupProblems(ctx, group, request.strategy));
  if (problems.length > 0) return { ok: false, problems };

  const planned: PlanPair[] = [];
  for (const group of groups) {
    if (request.strategy === 'every-judge') {
      planned.push(...everyJudgePairs(ctx, group));
      continue;
    }
    const run = runEngine(ctx, group);
    if (!run.ok) return { ok: false, problems: run.problems.map((text) => ({ code: 'engine' as const, text })) };
    planned.push(...run.pairs);
  }
  const grouped = new Set(groups.flatMap((g) => g.entries.map((e) => e.id)));
  const untouched = ctx.current.filter((p) => ctx.entryById.has(p.entryId) && !grouped.has(p.entryId));
  return { ok: true, value: summarize(ctx, groups, [...planned, ...untouched]) };
}
