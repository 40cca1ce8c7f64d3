import type { Criterion } from './types';

/**
 * Returns the sheet-total function of a rubric:
 * `T = 100 * Σ_c (w_c * s_c / max_c) / Σ_c w_c`, in [0, 100].
 * Terms are added in rubric order, which is fixed by the export's rubric and
 * not by the order of keys in a sheet, so T is reproducible.
 */
export function sheetTotalFn(criteria: readonly Criterion[]): (scores: readonly number[]) => number {
  const n = criteria.length;
  const weights = criteria.map((c) => c.weight);
  const maxes = criteria.map((c) => c.max);
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  return (scores) => {
    let acc = 0;
    for (let c = 0; c < n; c++) acc += (weights[c]! * scores[c]!) / maxes[c]!;
    return (100 * acc) / weightSum;
  };
}

/** Convenience form for one sheet given by criterion id. */
export function sheetTotal(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): number {
  return sheetTotalFn(criteria)(criteria.map((c) => scores[c.id]!));
}
