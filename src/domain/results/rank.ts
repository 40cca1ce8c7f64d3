import { compareIds } from './compare-ids';
import { EPSILON } from './types';

/** What an entry is ordered by: its score, then tie-break keys in order. */
export interface Rankable {
  id: string;
  /** keys[0] is the score; keys[1..] are the tie-break values, in order. */
  keys: readonly number[];
}

/**
 * Why an entry comes after the one just above it: the index into `keys` of
 * the first key that separated them, or TIE when they share a rank.
 */
export const TIE = -1;

export interface Ordering<T extends Rankable> {
  order: T[];
  /** Standard competition ranks (1, 2, 2, 4), same positions as `order`. */
  ranks: number[];
  /** deciders[i] compares order[i] with order[i-1]: a key index, TIE, or NONE for i = 0. */
  deciders: number[];
}

/** Placeholder decider for the first entry of a group (nobody above it). */
export const NONE = -2;

/**
 * Orders one ranking group: higher keys first, key by key, where values
 * within 1e-9 are equal; entries equal on every key share a rank and are
 * listed by id.
 *
 * "Within 1e-9" is not transitive, so it is applied by chaining: at each key
 * the entries are sorted by exact value and split wherever two neighbours
 * differ by more than 1e-9; each run is then ordered by the next key. That
 * is an equivalence, so the result never depends on the input order (a plain
 * sort with a tolerant comparator could). One full sort per group; runs of
 * more than one entry (rare) are re-sorted on the next key only.
 */
export function orderGroup<T extends Rankable>(items: readonly T[]): Ordering<T> {
  const order: T[] = [];
  const deciders: number[] = [];
  const nKeys = items.length > 0 ? items[0]!.keys.length : 0;

  const place = (run: T[], level: number, before: number): void => {
    if (run.length === 1) {
      order.push(run[0]!);
      deciders.push(before);
      return;
    }
    if (level >= nKeys) {
      run.sort((a, b) => compareIds(a.id, b.id));
      for (let i = 0; i < run.length; i++) {
        order.push(run[i]!);
        deciders.push(i === 0 ? before : TIE);
      }
      return;
    }
    run.sort((a, b) => b.keys[level]! - a.keys[level]! || compareIds(a.id, b.id));
    let start = 0;
    for (let i = 1; i <= run.length; i++) {
      if (i === run.length || run[i - 1]!.keys[level]! - run[i]!.keys[level]! > EPSILON) {
        const sub = i - start === 1 ? [run[start]!] : run.slice(start, i);
        place(sub, level + 1, start === 0 ? before : level);
        start = i;
      }
    }
  };
  if (items.length > 0) place(items.slice(), 0, NONE);

  const ranks = new Array<number>(order.length);
  for (let i = 0; i < order.length; i++) {
    ranks[i] = i > 0 && deciders[i] === TIE ? ranks[i - 1]! : i + 1;
  }
  return { order, ranks, deciders };
}

/**
 * Criterion indexes in tie-break order: highest weight first, equal weights
 * in rubric order.
 */
export function tieBreakOrder(weights: readonly number[]): number[] {
  return weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
}
