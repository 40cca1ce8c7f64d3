import { compareIds } from '../results/compare-ids';

/*
 * A roadshow round (路演) is scored by every judge for every finalist: after
 * an advancement, its pairs are every judge member × every entry that went
 * on, except the pairs a conflict forbids. Pure: `advanceRound` writes them.
 */

export interface RoadshowJudge {
  uid: string;
  /** Entries the judge declared (or recused for) a conflict with. */
  conflicts: readonly string[];
  organizations: readonly string[];
}

export interface RoadshowPair {
  judgeUid: string;
  entryId: string;
}

export interface SkippedPair extends RoadshowPair {
  reason: 'conflict' | 'organization';
}

export interface RoadshowPlan {
  /** Pairs the round should list and does not yet. */
  add: RoadshowPair[];
  /** Pairs of the round whose entry no longer goes on and that have no sheet in the round. */
  remove: RoadshowPair[];
  /** Pairs of an entry no longer going on that keep the round because a sheet exists. */
  keptWithSheet: RoadshowPair[];
  /** Pairs a conflict forbids, not made. */
  skipped: SkippedPair[];
}

export interface RoadshowDocs {
  judges: readonly RoadshowJudge[];
  /** The advanced entries, in order. */
  entryIds: readonly string[];
  /** Entry id → its identity's organization ('' or absent: shared with nobody). */
  organizations: ReadonlyMap<string, string>;
  /** The round's pairs now (assignments listing the round). */
  current: readonly RoadshowPair[];
  /** Pairs with a sheet of the round, any status. */
  withSheet: readonly RoadshowPair[];
}

const key = (p: RoadshowPair) => JSON.stringify([p.judgeUid, p.entryId]);

/** Why a judge may not score an entry, or null (the rule of the assignment engine). */
export function roadshowForbidden(
  judge: RoadshowJudge,
  entryId: string,
  organization: string,
): SkippedPair['reason'] | null {
  if (judge.conflicts.includes(entryId)) return 'conflict';
  const org = organization.trim();
  if (org !== '' && judge.organizations.some((o) => o.trim() === org)) return 'organization';
  return null;
}

/** The writes that make a roadshow round's pairs every judge × every advanced entry. */
export function planRoadshow(docs: RoadshowDocs): RoadshowPlan {
  const current = new Set(docs.current.map(key));
  const sheets = new Set(docs.withSheet.map(key));
  const advanced = new Set(docs.entryIds);
  const judges = [...docs.judges].sort((a, b) => compareIds(a.uid, b.uid));
  const add: RoadshowPair[] = [];
  const skipped: SkippedPair[] = [];
  for (const entryId of docs.entryIds) {
    for (const judge of judges) {
      const pair = { judgeUid: judge.uid, entryId };
      const reason = roadshowForbidden(judge, entryId, docs.organizations.get(entryId) ?? '');
      if (reason) skipped.push({ ...pair, reason });
      else if (!current.has(key(pair))) add.push(pair);
    }
  }
  const gone = docs.current.filter((p) => !advanced.has(p.entryId));
  return {
    add,
    remove: gone.filter((p) => !sheets.has(key(p))),
    keptWithSheet: gone.filter((p) => sheets.has(key(p))),
    skipped,
  };
}
