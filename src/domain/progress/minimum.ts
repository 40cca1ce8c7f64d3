// When an entry has too few sheets, and when a recusal still waits for a
// replacement judge: the rules the dashboard lists entries by.

/**
 * The submitted sheets an entry needs in a round: the results engine leaves
 * an entry with fewer than `aggregation.minSheets` counted sheets unranked,
 * so that is the minimum, and never less than one (an entry nobody scored is
 * always short). A missing or malformed setting counts as one.
 */
export function minimumSheets(minSheets: unknown): number {
  if (typeof minSheets !== 'number' || !Number.isFinite(minSheets)) return 1;
  return Math.max(1, Math.ceil(minSheets));
}

export const isBelowMinimum = (submitted: number, minimum: number): boolean => submitted < minimum;

/**
 * An entry waits for a replacement when one of its judges recused and it now
 * has fewer assigned judges than the round's panel size. recuseSheet takes
 * the recused judge's assignment away, so `assigned` already excludes them.
 * A round without a panel size (every judge scores every entry) never gets
 * replacements, so nothing waits.
 */
export function awaitsReplacement(
  progress: { assigned: number; recused: number },
  judgesPerEntry: number | null,
): boolean {
  if (judgesPerEntry === null || progress.recused === 0) return false;
  return progress.assigned < judgesPerEntry;
}
