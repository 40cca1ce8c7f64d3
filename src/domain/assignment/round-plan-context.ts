import { compareIds } from '../results/compare-ids';
import type { PlanPair, RoundDocs } from './round-plan-types';

/** A competing entry as a plan sees it. */
export interface PlanEntry {
  id: string;
  code: string;
  trackId: string;
  /** The entry's field is its one tag; an empty field is no tag. */
  tags: string[];
  /** Trimmed; '' is shared with nobody. */
  organization: string;
}

/** A judge member as a plan sees it: conflicts include the round's recused sheets. */
export interface PlanJudge {
  uid: string;
  tags: string[];
  organizations: string[];
  conflicts: Set<string>;
}

export interface RoundContext {
  roundId: string;
  /** Competing entries (status `submitted`), by id. */
  entries: PlanEntry[];
  entryById: Map<string, PlanEntry>;
  /** Judge members, by uid. */
  judges: PlanJudge[];
  judgeByUid: Map<string, PlanJudge>;
  /** The round's pairs now (assignments listing the round), distinct, by entry then judge. */
  current: PlanPair[];
  /** Pair keys with a submitted sheet of the round: kept whatever else holds. */
  locked: Set<string>;
  /** The locked pairs themselves, by entry then judge. */
  lockedPairs: PlanPair[];
}

/** A pair as a key: JSON, so no id can make two pairs look alike. */
export const pairKey = (judgeUid: string, entryId: string): string => JSON.stringify([judgeUid, entryId]);

export const comparePairs = (a: PlanPair, b: PlanPair): number =>
  compareIds(a.entryId, b.entryId) || compareIds(a.judgeUid, b.judgeUid);

function distinctPairs(pairs: Iterable<PlanPair>): PlanPair[] {
  const byKey = new Map<string, PlanPair>();
  for (const { judgeUid, entryId } of pairs) byKey.set(pairKey(judgeUid, entryId), { judgeUid, entryId });
  return [...byKey.values()].sort(comparePairs);
}

/** The plain documents of a round, read the way every plan of it reads them. */
export function roundContext(docs: RoundDocs): RoundContext {
  const { roundId } = docs;
  const sheets = docs.sheets.filter((s) => s.roundId === roundId);
  const recused = new Map<string, string[]>();
  for (const s of sheets.filter((s) => s.status === 'recused')) {
    recused.set(s.judgeUid, [...(recused.get(s.judgeUid) ?? []), s.entryId]);
  }

  const entries: PlanEntry[] = docs.entries
    .filter((e) => e.status === 'submitted')
    .map((e) => ({
      id: e.id,
      code: e.code,
      trackId: e.trackId,
      tags: e.field === '' ? [] : [e.field],
      organization: (docs.organizations.get(e.id) ?? '').trim(),
    }))
    .sort((a, b) => compareIds(a.id, b.id));

  const judges: PlanJudge[] = docs.members
    .filter((m) => m.role === 'judge')
    .map((m) => ({
      uid: m.uid,
      tags: [...m.tags],
      organizations: m.organizations.map((o) => o.trim()).filter((o) => o !== ''),
      conflicts: new Set([...m.conflicts, ...(recused.get(m.uid) ?? [])]),
    }))
    .sort((a, b) => compareIds(a.uid, b.uid));

  const lockedPairs = distinctPairs(sheets.filter((s) => s.status === 'submitted'));
  return {
    roundId,
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    judges,
    judgeByUid: new Map(judges.map((j) => [j.uid, j])),
    current: distinctPairs(docs.assignments.filter((a) => a.roundIds.includes(roundId))),
    locked: new Set(lockedPairs.map((p) => pairKey(p.judgeUid, p.entryId))),
    lockedPairs,
  };
}

/** Why a judge may not score an entry (a declared or recused conflict, a shared organization), or null. */
export function forbidden(judge: PlanJudge, entry: PlanEntry): 'conflict' | 'organization' | null {
  if (judge.conflicts.has(entry.id)) return 'conflict';
  if (entry.organization !== '' && judge.organizations.includes(entry.organization)) return 'organization';
  return null;
}

export const sharesTag = (judge: PlanJudge, entry: PlanEntry): boolean =>
  entry.tags.some((t) => judge.tags.includes(t));
