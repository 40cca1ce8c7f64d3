import type { Analysis } from './analyze';
import { sumAscendingInPlace } from './deterministic-sum';

/** How one judge scored, to spot a harsh or lenient judge. */
export interface JudgeStat {
  judgeId: string;
  /** Counted sheets (submitted sheets on submitted entries). */
  sheets: number;
  /** Mean of the judge's sheet totals T. */
  mean: number;
  /** Population standard deviation of those totals. */
  sd: number;
  /**
   * Mean over the judge's sheets that share their entry with at least one
   * other counted sheet of (T − mean T of the other sheets on that entry);
   * negative = harsher than colleagues. Null when no sheet has company.
   */
  meanDeviation: number | null;
  /** How many sheets meanDeviation is averaged over. */
  comparedSheets: number;
}

/** Statistics for every judge with a counted sheet, by judgeId. */
export function judgeStats(a: Analysis): JudgeStat[] {
  // Deviations are summed in ascending order: independent of sheet order.
  return a.judges.map((j) => {
    const deviations: number[] = [];
    for (let k = 0; k < j.entries.length; k++) {
      const e = j.entries[k]!;
      const slot = j.slots[k]!;
      if (e.totals.length < 2) continue;
      const others = e.totals.filter((_, i) => i !== slot);
      deviations.push(e.totals[slot]! - sumAscendingInPlace(others) / others.length);
    }
    const compared = deviations.length;
    return {
      judgeId: j.judgeId,
      sheets: j.params.count,
      mean: j.params.mean,
      sd: j.params.sd,
      meanDeviation: compared > 0 ? sumAscendingInPlace(deviations) / compared : null,
      comparedSheets: compared,
    };
  });
}
