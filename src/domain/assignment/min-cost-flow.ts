/*
 * Min-cost flow with lower and upper bounds on edges, integer capacities and
 * non-negative integer costs. Written here rather than taken from a library
 * because src/domain is dependency-free and the whole engine must be
 * reproducible byte for byte: every loop below runs in edge insertion order,
 * nothing depends on hashing, time or randomness.
 *
 * Algorithm: the usual reduction of lower bounds to a max-flow from a super
 * source to a super sink (each edge's lower bound becomes forced excess at
 * its head and deficit at its tail, plus an uncapacitated sink → source edge),
 * solved by primal-dual: Dijkstra on reduced costs (Johnson potentials) finds
 * the current shortest distance, then a Dinic blocking flow pushes as much as
 * possible along zero-reduced-cost edges before the next Dijkstra. With
 * non-negative costs the initial potentials are 0, and successive shortest
 * paths give a minimum-cost flow among all maximum flows, so the bounded
 * problem is feasible exactly when the super source's edges are saturated.
 */

const INF = Number.MAX_SAFE_INTEGER;

class Residual {
  readonly head: number[];
  readonly to: number[] = [];
  readonly next: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];

  constructor(readonly size: number) {
    this.head = new Array<number>(size).fill(-1);
  }

  /** Adds u → v and its reverse; edge e's reverse is e ^ 1. */
  add(u: number, v: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.push(u, v, cap, cost);
    this.push(v, u, 0, -cost);
    return e;
  }

  private push(u: number, v: number, cap: number, cost: number): void {
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length;
    this.to.push(v);
    this.cap.push(cap);
    this.cost.push(cost);
  }
}

/** Binary min-heap of (distance, node), ties by node number for determinism. */
class Heap {
  private readonly d: number[] = [];
  private readonly v: number[] = [];

  get size(): number {
    return this.d.length;
  }

  push(dist: number, node: number): void {
    const d = this.d;
    const v = this.v;
    let i = d.length;
    d.push(dist);
    v.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p]! < dist || (d[p]! === dist && v[p]! <= node)) break;
      d[i] = d[p]!;
      v[i] = v[p]!;
      i = p;
    }
    d[i] = dist;
    v[i] = node;
  }

  /** Removes the minimum; returns [distance, node]. */
  pop(): [number, number] {
    const d = this.d;
    const v = this.v;
    const top: [number, number] = [d[0]!, v[0]!];
    const lastD = d.pop() as number;
    const lastV = v.pop() as number;
    const n = d.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (d[c + 1]! < d[c]! || (d[c + 1]! === d[c]! && v[c + 1]! < v[c]!))) c += 1;
        if (d[c]! > lastD || (d[c]! === lastD && v[c]! > lastV)) break;
        d[i] = d[c]!;
        v[i] = v[c]!;
        i = c;
      }
      d[i] = lastD;
      v[i] = lastV;
    }
    return top;
  }
}

/** Min-cost max-flow from s to t; returns the flow value and its cost. */
function minCostMaxFlow(g: Residual, s: number, t: number): { flow: number; cost: number } {
  const n = g.size;
  const pot = new Array<number>(n).fill(0);
  const dist = new Array<number>(n);
  const level = new Array<number>(n);
  const iter = new Array<number>(n);
  const { head, to, next, cap, cost } = g;
  let flow = 0;
  let total = 0;

  const reduced = (u: number, e: number): number => cost[e]! + pot[u]! - pot[to[e]!]!;

  const path: number[] = [];
  // One pass of Dinic's blocking flow along admissible edges, iterative
  // rather than recursive: a path may be as long as the network has nodes,
  // more than the call stack allows on a large round. `iter` skips edges that
  // are saturated or lead to dead ends. Returns the flow pushed.
  const blockingFlow = (): number => {
    let pushed = 0;
    let u = s;
    path.length = 0;
    for (;;) {
      if (u === t) {
        let f = INF;
        for (const e of path) f = Math.min(f, cap[e]!);
        for (const e of path) {
          cap[e]! -= f;
          cap[e ^ 1]! += f;
        }
        pushed += f;
        path.length = 0;
        u = s;
        continue;
      }
      let advanced = false;
      for (; iter[u]! !== -1; iter[u] = next[iter[u]!]!) {
        const e = iter[u]!;
        const v = to[e]!;
        if (cap[e]! > 0 && level[v]! === level[u]! + 1 && reduced(u, e) === 0) {
          path.push(e);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (u === s) return pushed;
      // Dead end: back to the previous node, past the edge that led here.
      const e = path.pop()!;
      u = to[e ^ 1]!;
      iter[u] = next[iter[u]!]!;
    }
  };

  for (;;) {
    // Dijkstra on reduced costs (all ≥ 0 by the potential invariant).
    dist.fill(INF);
    dist[s] = 0;
    const heap = new Heap();
    heap.push(0, s);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u]!) continue;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (cap[e]! <= 0) continue;
        const nd = d + reduced(u, e);
        if (nd < dist[to[e]!]!) {
          dist[to[e]!] = nd;
          heap.push(nd, to[e]!);
        }
      }
    }
    if (dist[t]! === INF) break;
    // Capping at dist[t] keeps every residual reduced cost ≥ 0 and makes
    // every edge of a shortest s → t path zero-cost.
    const dt = dist[t]!;
    for (let v = 0; v < n; v++) pot[v]! += Math.min(dist[v]!, dt);

    // Blocking flows on the zero-reduced-cost subgraph until t is cut off.
    for (;;) {
      level.fill(-1);
      level[s] = 0;
      const queue = [s];
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi]!;
        for (let e = head[u]!; e !== -1; e = next[e]!) {
          const v = to[e]!;
          if (cap[e]! > 0 && level[v]! === -1 && reduced(u, e) === 0) {
            level[v] = level[u]! + 1;
            queue.push(v);
          }
        }
      }
      if (level[t]! === -1) break;
      for (let v = 0; v < n; v++) iter[v] = head[v]!;
      const f = blockingFlow();
      flow += f;
      total += f * (pot[t]! - pot[s]!);
    }
  }
  return { flow, cost: total };
}

/**
 * A network whose edges carry [lower, upper] bounds and a cost per unit.
 * `solve` finds a feasible s → t flow of minimum cost (any flow value: the
 * bounds decide it), or reports that none exists.
 */
export class BoundedNetwork {
  private readonly edges: { u: number; v: number; lower: number; upper: number; cost: number }[] = [];

  constructor(readonly size: number) {}

  /** Returns the edge's handle for `flowOn`. */
  addEdge(u: number, v: number, lower: number, upper: number, cost: number): number {
    this.edges.push({ u, v, lower, upper, cost });
    return this.edges.length - 1;
  }

  solve(s: number, t: number): { feasible: boolean; cost: number; flowOn: (edge: number) => number } {
    const n = this.size;
    const superSource = n;
    const superSink = n + 1;
    const g = new Residual(n + 2);
    const excess = new Array<number>(n).fill(0);
    let cost = 0;
    const ids = this.edges.map(({ u, v, lower, upper, cost: c }) => {
      if (upper < lower) return -1;
      excess[v]! += lower;
      excess[u]! -= lower;
      cost += lower * c;
      return g.add(u, v, upper - lower, c);
    });
    const infeasible = { feasible: false, cost: 0, flowOn: () => 0 };
    if (ids.includes(-1)) return infeasible;
    g.add(t, s, INF, 0);
    let need = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v]! > 0) {
        g.add(superSource, v, excess[v]!, 0);
        need += excess[v]!;
      } else if (excess[v]! < 0) g.add(v, superSink, -excess[v]!, 0);
    }
    const result = minCostMaxFlow(g, superSource, superSink);
    if (result.flow !== need) return infeasible;
    const edges = this.edges;
    return {
      feasible: true,
      cost: cost + result.cost,
      // Flow on an edge = its lower bound + what the reverse residual holds.
      flowOn: (edge) => edges[edge]!.lower + g.cap[ids[edge]! ^ 1]!,
    };
  }
}
