import type { Role } from '../model/member';
import type { SheetStatus } from '../model/scoring';

/** A member as the re-review (复评) rule sees it. */
export interface ReReviewJudge {
  role: Role;
  /** Entry ids the judge declared a conflict with. */
  conflicts: readonly string[];
  organizations: readonly string[];
}

/** What already links the judge and the entry in the round. */
export interface ReReviewPair {
  /** An assignment lists the round for this judge and entry. */
  assigned: boolean;
  /** The judge's sheet of the entry in the round, if any. */
  sheetStatus: SheetStatus | null;
}

export type ReReviewRefusal =
  | { reason: 'not-a-judge' }
  | { reason: 'conflict'; cause: 'declared' | 'organization' | 'recused' }
  | { reason: 'already-assigned' };

/**
 * Why a judge may not be added to an entry of a round as one more judge
 * (re-review, 复评), or null when they may. The same rule as the assignment
 * engine's (src/domain/assignment/round-plan-context.ts `forbidden`): a
 * declared conflict, a shared organization (trimmed; an entry without one
 * shares it with nobody) or a recusal of this entry in this round. A judge
 * who already holds the pair, or a sheet of it, is no additional judge.
 * Used by the addJudgeToEntry function and by the page that offers judges.
 */
export function reReviewRefusal(
  judge: ReReviewJudge | null,
  entry: { id: string; organization: string },
  pair: ReReviewPair,
): ReReviewRefusal | null {
  if (!judge || judge.role !== 'judge') return { reason: 'not-a-judge' };
  if (judge.conflicts.includes(entry.id)) return { reason: 'conflict', cause: 'declared' };
  const organization = entry.organization.trim();
  if (organization !== '' && judge.organizations.some((o) => o.trim() === organization)) {
    return { reason: 'conflict', cause: 'organization' };
  }
  if (pair.sheetStatus === 'recused') return { reason: 'conflict', cause: 'recused' };
  if (pair.assigned || pair.sheetStatus !== null) return { reason: 'already-assigned' };
  return null;
}
