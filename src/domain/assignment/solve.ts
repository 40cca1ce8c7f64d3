import { tagMatch, forbiddenReason } from './forbidden';
import { BoundedNetwork } from './min-cost-flow';
import type { ParsedInput } from './types';

/*
 * The solver, in the spec's priority order:
 *
 *  1. Hard constraints are the network's shape. Locked pairs are fixed
 *     beforehand (they count in their judge's load and in their entry's k);
 *     each entry then needs exactly k − locked more judges, through one edge
 *     per allowed free pair (capacity 1, so judges are distinct).
 *  2. Balance: judge loads must lie in a window [lo, lo + s]; the smallest s
 *     for which some window is feasible is found by max-flow checks
 *     (feasibility is monotone in s, so exponential then binary search), and
 *     every feasible lo for that s is tried. (Load vectors of these
 *     assignments form an M-convex set, which has a point that minimizes the
 *     max and maximizes the min at once, so at the smallest s only one lo
 *     should be feasible; trying all keeps optimality independent of that.)
 *  3–4. Stability and expertise are one min-cost flow per such window: a free
 *     pair costs BASE − W·(was a previous pair) − (tag match), with W larger
 *     than the number of free pairs, so one kept pair outweighs all tag
 *     matches together. BASE = W + 1 keeps costs ≥ 0 and, every solution
 *     having the same number of free pairs, shifts all totals equally.
 *     The cheapest window wins; equal costs go to the smallest lo.
 *  5. Determinism: the network is built in input order and the flow code
 *     has no source of nondeterminism, so equal inputs give equal outputs.
 */

export interface Solution {
  /** Chosen pairs as [judge index, entry index], locked ones included. */
  pairs: [number, number][];
  loads: number[];
}

interface Model {
  input: ParsedInput;
  lockedLoad: number[];
  /** Per entry, how many judges it needs beyond its locked ones. */
  need: number[];
  free: { judge: number; entry: number; cost: number }[];
  locked: [number, number][];
}

function buildModel(input: ParsedInput): Model {
  const { k, entries, judges, previous } = input;
  const lockedLoad = judges.map(() => 0);
  const need = entries.map(() => k);
  const lockedSet = new Set<number>();
  const previousSet = new Set<number>();
  const locked: [number, number][] = [];
  const key = (judge: number, entry: number): number => entry * judges.length + judge;
  for (const p of previous) {
    if (p.locked) {
      lockedSet.add(key(p.judge, p.entry));
      locked.push([p.judge, p.entry]);
      lockedLoad[p.judge]! += 1;
      need[p.entry]! -= 1;
    } else previousSet.add(key(p.judge, p.entry));
  }
  const totalFree = need.reduce((a, b) => a + b, 0);
  const W = totalFree + 1;
  const BASE = W + 1;
  const free: Model['free'] = [];
  entries.forEach((entry, e) => {
    judges.forEach((judge, j) => {
      if (lockedSet.has(key(j, e)) || forbiddenReason(judge, entry) !== null) return;
      const cost = BASE - (previousSet.has(key(j, e)) ? W : 0) - (tagMatch(judge, entry) ? 1 : 0);
      free.push({ judge: j, entry: e, cost });
    });
  });
  return { input, lockedLoad, need, free, locked };
}

/** Solves the flow for loads in [lo, hi]; costs are ignored for a mere feasibility check. */
function solveWindow(m: Model, lo: number, hi: number, withCosts: boolean) {
  const nE = m.need.length;
  const nJ = m.lockedLoad.length;
  const source = 0;
  const sink = nE + nJ + 1;
  const net = new BoundedNetwork(nE + nJ + 2);
  m.need.forEach((r, e) => net.addEdge(source, 1 + e, r, r, 0));
  const pairEdges = m.free.map((p) => net.addEdge(1 + p.entry, 1 + nE + p.judge, 0, 1, withCosts ? p.cost : 0));
  m.lockedLoad.forEach((l, j) => net.addEdge(1 + nE + j, sink, Math.max(0, lo - l), hi - l, 0));
  const result = net.solve(source, sink);
  return { ...result, pairEdges };
}

/**
 * Solves a validated input. The parser has already refused inputs for which
 * no assignment exists, so this always succeeds.
 */
export function solve(input: ParsedInput): Solution {
  const m = buildModel(input);
  const nJ = input.judges.length;
  const total = input.entries.length * input.k;
  if (nJ === 0 || total === 0) return finish(m, []);

  const avgFloor = Math.floor(total / nJ);
  const avgCeil = Math.ceil(total / nJ);
  const maxLocked = Math.max(...m.lockedLoad);

  // Every window holds the average load and the largest locked load.
  const candidates = (s: number): number[] => {
    const out: number[] = [];
    for (let lo = Math.max(0, avgCeil - s, maxLocked - s); lo <= avgFloor; lo++) out.push(lo);
    return out;
  };
  const someWindowFits = (s: number): boolean => candidates(s).some((lo) => solveWindow(m, lo, lo + s, false).feasible);

  // Cheapest min-cost flow over the windows of spread s, or null if none is
  // feasible (the flow reports infeasibility itself).
  const cheapest = (s: number): { cost: number; chosen: number[] } | null => {
    let best: { cost: number; chosen: number[] } | null = null;
    for (const lo of candidates(s)) {
      const r = solveWindow(m, lo, lo + s, true);
      if (!r.feasible || (best !== null && r.cost >= best.cost)) continue;
      best = {
        cost: r.cost,
        chosen: r.pairEdges.map((edge, i) => (r.flowOn(edge) > 0 ? i : -1)).filter((i) => i >= 0),
      };
    }
    return best;
  };

  // The smallest spread: no window of spread < sLow can hold both the
  // average and the largest locked load. It usually is sLow itself, so that
  // is solved directly; otherwise cheaper max-flow checks search further
  // (spread `total` always fits), and the min-cost flow runs once at the end.
  const sLow = Math.max(avgCeil - avgFloor, maxLocked - avgFloor);
  let best = cheapest(sLow);
  if (best === null) {
    let bad = sLow;
    let good = sLow + 1;
    let step = 2;
    while (good < total && !someWindowFits(good)) {
      bad = good;
      good = Math.min(total, good + step);
      step *= 2;
    }
    while (good - bad > 1) {
      const mid = bad + Math.floor((good - bad) / 2);
      if (someWindowFits(mid)) good = mid;
      else bad = mid;
    }
    best = cheapest(good);
  }
  if (best === null) throw new Error('assignment: no feasible window although the input was accepted');
  return finish(m, best.chosen);
}

function finish(m: Model, chosenFree: number[]): Solution {
  const pairs: [number, number][] = [...m.locked];
  for (const i of chosenFree) pairs.push([m.free[i]!.judge, m.free[i]!.entry]);
  const loads = m.input.judges.map(() => 0);
  for (const [j] of pairs) loads[j]! += 1;
  return { pairs, loads };
}
