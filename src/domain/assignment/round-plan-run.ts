import { assign } from './assign';
import { forbidden, pairKey, type RoundContext } from './round-plan-context';
import type { PlanGroup } from './round-plan-groups';
import type { PlanPair } from './round-plan-types';
import { INPUT_FORMAT, type AssignmentInputV1 } from './types';

/**
 * The engine's input for a group: its entries (organization from the
 * identity, the field as tag), its pool's judges (tags, organizations,
 * conflicts with the round's recused sheets added), and as `previous` the
 * round's current pairs and submitted sheets of its entries, submitted ones
 * locked. The demo seed builds the same input (scripts/seed/demo-contest.mjs).
 */
export function engineInput(ctx: RoundContext, group: PlanGroup): AssignmentInputV1 {
  const ids = new Set(group.entries.map((e) => e.id));
  const previous = [...ctx.current, ...ctx.lockedPairs]
    .filter((p) => ids.has(p.entryId))
    .map((p) => ({ judgeId: p.judgeUid, entryId: p.entryId, locked: ctx.locked.has(pairKey(p.judgeUid, p.entryId)) }));
  return {
    format: INPUT_FORMAT,
    k: group.k,
    entries: group.entries.map((e) => ({ id: e.id, organization: e.organization, tags: e.tags })),
    judges: group.judges.map((j) => ({
      id: j.uid,
      organizations: j.organizations,
      tags: j.tags,
      conflicts: [...j.conflicts],
    })),
    previous,
  };
}

/** The engine's pairs for a group, or its refusal's lines. */
export function runEngine(
  ctx: RoundContext,
  group: PlanGroup,
): { ok: true; pairs: PlanPair[] } | { ok: false; problems: string[] } {
  const out = assign(engineInput(ctx, group));
  if (!out.ok) return out;
  return { ok: true, pairs: out.value.assignments.map((a) => ({ judgeUid: a.judgeId, entryId: a.entryId })) };
}

/**
 * "Every judge scores every finalist" (a roadshow): each pool judge with
 * each entry of the group, except forbidden pairs (a conflict, the same
 * organization), unless the judge has already submitted a sheet for it.
 */
export function everyJudgePairs(ctx: RoundContext, group: PlanGroup): PlanPair[] {
  return group.entries.flatMap((entry) =>
    group.judges
      .filter((j) => ctx.locked.has(pairKey(j.uid, entry.id)) || forbidden(j, entry) === null)
      .map((j) => ({ judgeUid: j.uid, entryId: entry.id })),
  );
}
