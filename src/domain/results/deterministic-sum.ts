/*
 * Floating-point addition is not associative, so a sum over values whose
 * order depends on the export (sheets of one judge, for instance) could
 * change in the last bits when the export is reordered, and a last-bit
 * change can flip a tie. Summing in ascending order removes that dependence
 * (and is also the more accurate order for values of one sign).
 */

/**
 * Sum of `values` in ascending order. Sorts `values` in place (a
 * Float64Array sorts numerically without a comparator, which is faster).
 */
export function sumAscendingInPlace(values: number[] | Float64Array): number {
  if (values instanceof Float64Array) values.sort();
  else values.sort(ascending);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

export function ascending(a: number, b: number): number {
  return a - b;
}
