import { judgeStats, type Analysis, type JudgeStat } from '../results';
import { ascending, sumAscendingInPlace } from '../results/deterministic-sum';

/** Minimum, quartiles and maximum of a set of sheet totals (a box plot's five numbers). */
export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** How the whole panel scored: every counted sheet of the round. */
export interface PanelStat {
  sheets: number;
  mean: number;
  /** Population standard deviation, as the engine's judge statistics. */
  sd: number;
  summary: FiveNumbers | null;
}

export interface JudgeDistribution extends JudgeStat {
  summary: FiveNumbers;
  /** This judge's mean minus the panel's (positive: scores higher than the panel overall). */
  meanVsPanel: number;
}

export interface FairnessReport {
  panel: PanelStat;
  /** The engine's judge statistics (judgeStats), with each judge's distribution, by judgeId. */
  judges: JudgeDistribution[];
}

/** Quantile of sorted values by linear interpolation between closest ranks (Excel's QUARTILE.INC). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The five numbers of `values` (any order), or null when there are none. */
export function fiveNumbers(values: readonly number[]): FiveNumbers | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(ascending);
  return {
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted.at(-1)!,
  };
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  if (values.length === 0) return { mean: 0, sd: 0 };
  const mean = sumAscendingInPlace([...values]) / values.length;
  const variance = sumAscendingInPlace(values.map((v) => (v - mean) ** 2)) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * The fairness panel's numbers for one computed round: each judge's
 * statistics as the engine reports them, the distribution of their sheet
 * totals, and the same for the whole panel. Sheet totals T are on the
 * engine's 0–100 scale, whatever the rubric's maxima.
 */
export function fairnessReport(a: Analysis): FairnessReport {
  const all: number[] = [];
  for (const e of a.entries) all.push(...e.totals);
  const panel: PanelStat = { sheets: all.length, ...meanAndSd(all), summary: fiveNumbers(all) };
  const byId = new Map(a.judges.map((j) => [j.judgeId, j]));
  const judges = judgeStats(a).map((stat) => {
    const j = byId.get(stat.judgeId)!;
    const totals = j.entries.map((e, k) => e.totals[j.slots[k]!]!);
    return { ...stat, summary: fiveNumbers(totals)!, meanVsPanel: stat.mean - panel.mean };
  });
  return { panel, judges };
}
