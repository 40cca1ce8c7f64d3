// Which judges are late, and the order the dashboard lists judges in.

export interface JudgeCounts {
  judgeUid: string;
  assigned: number;
  submitted: number;
}

/**
 * A judge is overdue once the round's planned close (closesAt) has passed
 * with sheets of theirs still not submitted. A round without a planned
 * close has no overdue judges.
 */
export function isOverdue(judge: Pick<JudgeCounts, 'assigned' | 'submitted'>, closesAt: number | null, now: number) {
  return closesAt !== null && now > closesAt && judge.submitted < judge.assigned;
}

/** The share of a judge's sheets submitted (1 with nothing assigned: nothing is left to do). */
export const completion = (j: Pick<JudgeCounts, 'assigned' | 'submitted'>): number =>
  j.assigned > 0 ? Math.min(1, j.submitted / j.assigned) : 1;

/**
 * Judges who need a nudge first: overdue, then least done, then by name
 * (then uid), so the list does not jump about between updates.
 */
export function sortJudges<T extends JudgeCounts>(
  judges: readonly T[],
  nameOf: (uid: string) => string,
  closesAt: number | null,
  now: number,
): T[] {
  return [...judges].sort(
    (a, b) =>
      Number(isOverdue(b, closesAt, now)) - Number(isOverdue(a, closesAt, now)) ||
      completion(a) - completion(b) ||
      nameOf(a.judgeUid).localeCompare(nameOf(b.judgeUid), 'zh-CN') ||
      a.judgeUid.localeCompare(b.judgeUid),
  );
}
