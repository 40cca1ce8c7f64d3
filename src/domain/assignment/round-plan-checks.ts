import { forbidden, pairKey, type RoundContext } from './round-plan-context';
import type { PlanGroup } from './round-plan-groups';
import type { PlanProblem, PlanStrategy } from './round-plan-types';

/**
 * The refusals the engine would give a group, found first and structured
 * (the engine's own are lines of text for the CLI): a pool with no judge for
 * a track that has entries; for the engine, an entry with more locked pairs
 * (submitted sheets of pool judges) than k, or fewer allowed judges than k,
 * counting its locked ones as allowed.
 */
export function groupProblems(ctx: RoundContext, group: PlanGroup, strategy: PlanStrategy): PlanProblem[] {
  if (group.judges.length === 0) {
    return group.trackIds
      .filter((t) => group.entries.some((e) => e.trackId === t))
      .map((trackId) => ({ code: 'empty-pool' as const, trackId }));
  }
  if (strategy !== 'engine') return [];
  const problems: PlanProblem[] = [];
  const { k } = group;
  for (const entry of group.entries) {
    const locked = group.judges.filter((j) => ctx.locked.has(pairKey(j.uid, entry.id))).length;
    if (locked > k) {
      problems.push({ code: 'too-many-locked', entryId: entry.id, entryCode: entry.code, locked, needed: k });
      continue;
    }
    const allowed = group.judges.filter(
      (j) => ctx.locked.has(pairKey(j.uid, entry.id)) || forbidden(j, entry) === null,
    ).length;
    if (allowed < k) {
      problems.push({
        code: 'too-few-judges',
        entryId: entry.id,
        entryCode: entry.code,
        trackId: entry.trackId,
        allowed,
        needed: k,
      });
    }
  }
  return problems;
}
