import { compareIds } from '../results/compare-ids';
import { forbidden, roundContext, sharesTag } from './round-plan-context';
import type { PlanPair, PlanProblem, RoundDocs } from './round-plan-types';

export interface ReplacementRequest {
  entryId: string;
  /** Judges the entry should have (its track's k in the round's plan). */
  k: number;
  /** Its track's pool; null: every judge of the competition. */
  judgeUids: readonly string[] | null;
}

export type ReplacementOutcome = { ok: true; added: PlanPair[] } | { ok: false; problems: PlanProblem[] };

/**
 * After a recusal (already in `docs`: the recused sheet, the judge's
 * conflict, its assignment gone from the round), the judges who take the
 * entry's free places. Nothing else moves: every other pair of the round
 * stays. Re-running the engine over the whole round would rank balance above
 * stability and could move a second pair to even out the recusing judge's
 * lower load; with every other pair kept, the engine's order of priorities
 * reduces to this choice: allowed judges of the pool not yet on the entry,
 * the least loaded in the round first, then one sharing a tag, then uid order.
 */
export function planReplacement(docs: RoundDocs, request: ReplacementRequest): ReplacementOutcome {
  const ctx = roundContext(docs);
  const entry = ctx.entryById.get(request.entryId);
  if (!entry) return { ok: true, added: [] };
  const onEntry = new Set(ctx.current.filter((p) => p.entryId === entry.id).map((p) => p.judgeUid));
  const needed = request.k - onEntry.size;
  if (needed <= 0) return { ok: true, added: [] };

  const pool = request.judgeUids === null ? null : new Set(request.judgeUids);
  const candidates = ctx.judges.filter(
    (j) => (pool === null || pool.has(j.uid)) && !onEntry.has(j.uid) && forbidden(j, entry) === null,
  );
  if (candidates.length < needed) {
    return {
      ok: false,
      problems: [
        {
          code: 'too-few-judges',
          entryId: entry.id,
          entryCode: entry.code,
          trackId: entry.trackId,
          allowed: onEntry.size + candidates.length,
          needed: request.k,
        },
      ],
    };
  }
  const load = new Map<string, number>();
  for (const p of ctx.current) load.set(p.judgeUid, (load.get(p.judgeUid) ?? 0) + 1);
  const rank = (uid: string) => load.get(uid) ?? 0;
  const chosen = [...candidates]
    .sort(
      (a, b) =>
        rank(a.uid) - rank(b.uid) ||
        Number(sharesTag(b, entry)) - Number(sharesTag(a, entry)) ||
        compareIds(a.uid, b.uid),
    )
    .slice(0, needed);
  return {
    ok: true,
    added: chosen
      .map((j) => ({ judgeUid: j.uid, entryId: entry.id }))
      .sort((a, b) => compareIds(a.judgeUid, b.judgeUid)),
  };
}
