// Which progress documents one written sheet or assignment can change. The
// triggers recompute exactly these from the stored truth.
import { parseAssignmentId, parseSheetId } from './ids';

export interface ProgressTargets {
  rounds: string[];
  judges: Array<{ roundId: string; judgeUid: string }>;
  entries: Array<{ roundId: string; entryId: string }>;
}

const NOTHING: ProgressTargets = { rounds: [], judges: [], entries: [] };

/** What a sheet document holds that progress counts; null when absent. */
export interface SheetSide {
  status: unknown;
}

/**
 * A sheet's change touches its judge's progress (the last activity moves
 * with every save); its entry's and its round's only when its status
 * changed (created, deleted, submitted, reopened or recused: a draft saved
 * again counts the same).
 */
export function sheetChangeTargets(
  sheetId: string,
  before: SheetSide | null,
  after: SheetSide | null,
): ProgressTargets {
  const key = parseSheetId(sheetId);
  if (!key || (!before && !after)) return NOTHING;
  const { roundId, judgeUid, entryId } = key;
  const judges = [{ roundId, judgeUid }];
  const statusChanged = !before || !after || before.status !== after.status;
  if (!statusChanged) return { rounds: [], judges, entries: [] };
  return { rounds: [roundId], judges, entries: [{ roundId, entryId }] };
}

/** The round ids a stored `roundIds` value names (anything else names none). */
function roundIdsOf(side: { roundIds: unknown } | null): Set<string> {
  const ids = side && Array.isArray(side.roundIds) ? side.roundIds : [];
  return new Set(ids.filter((r): r is string => typeof r === 'string' && r.length > 0));
}

/**
 * An assignment's change touches, for each round it joined or left, that
 * round's totals and the judge's and entry's progress in it; a round it
 * stayed in counts the same.
 */
export function assignmentChangeTargets(
  assignmentId: string,
  before: { roundIds: unknown } | null,
  after: { roundIds: unknown } | null,
): ProgressTargets {
  const key = parseAssignmentId(assignmentId);
  if (!key) return NOTHING;
  const was = roundIdsOf(before);
  const is = roundIdsOf(after);
  const changed = [...new Set([...was, ...is])].filter((r) => was.has(r) !== is.has(r)).sort();
  return {
    rounds: changed,
    judges: changed.map((roundId) => ({ roundId, judgeUid: key.judgeUid })),
    entries: changed.map((roundId) => ({ roundId, entryId: key.entryId })),
  };
}
