// For tests only (not exported from index.ts).
import type { Analysis } from './analyze';
import type { ConfidenceV1 } from './confidence';

/*
 * A second implementation of steps 2–5 of shared/spec/confidence-v1.md,
 * written from the spec's text as plainly as possible and sharing nothing
 * with confidence.ts but step 1 (the real results and the sheets' values v,
 * which the results-format tests cover). Any two implementations of the spec
 * must print the same numbers.
 */
export function referenceConfidence(a: Analysis, samples: number, seed: number): ConfidenceV1 {
  // The spec's generator, character for character.
  function mulberry32(s: number) {
    return () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const rand = mulberry32(seed);
  const { criteria, method, trim } = a.config;
  // Tie-break criteria: weight descending, then rubric order.
  const tieOrder = criteria.map((_, i) => i).sort((x, y) => criteria[y]!.weight - criteria[x]!.weight || x - y);
  const rankedIds = a.groups.flatMap((g) => g.order.map((e) => e.id)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const ranksOf = new Map<string, number[]>(rankedIds.map((id) => [id, []]));
  const same = new Map<string, number>(rankedIds.map((id) => [id, 0]));

  for (let b = 0; b < samples; b++) {
    const keysOf = new Map<string, number[]>();
    for (const id of rankedIds) {
      const e = a.byId.get(id)!;
      const n = e.sheets.length;
      const picks: number[] = [];
      for (let i = 0; i < n; i++) picks.push(Math.floor(rand() * n));
      const vs = picks.map((i) => e.values[i]!).sort((x, y) => x - y);
      let kept = vs;
      if (method === 'median') kept = n % 2 ? [vs[(n - 1) / 2]!] : [vs[n / 2 - 1]!, vs[n / 2]!];
      if (method === 'trimmed-mean' && n >= 2 * trim + 1) kept = vs.slice(trim, n - trim);
      const score = kept.reduce((s, v) => s + v, 0) / kept.length;
      const ties = tieOrder.map((c) => picks.reduce((s, i) => s + e.sheets[i]!.scores[c]! / criteria[c]!.max, 0) / n);
      keysOf.set(id, [score, ...ties]);
    }
    for (const group of a.groups) {
      // Chained "within 1e-9": split sorted runs at gaps over 1e-9, key by key.
      const runs = (ids: string[], level: number): string[][] => {
        if (ids.length <= 1 || level > tieOrder.length) return [ids];
        const sorted = [...ids].sort((x, y) => keysOf.get(y)![level]! - keysOf.get(x)![level]!);
        const out: string[][] = [];
        let run = [sorted[0]!];
        for (let i = 1; i < sorted.length; i++) {
          const gap = keysOf.get(sorted[i - 1]!)![level]! - keysOf.get(sorted[i]!)![level]!;
          if (gap > 1e-9) {
            out.push(...runs(run, level + 1));
            run = [];
          }
          run.push(sorted[i]!);
        }
        out.push(...runs(run, level + 1));
        return out;
      };
      let place = 1;
      for (const run of runs(
        group.order.map((e) => e.id),
        0,
      )) {
        // Awards by cumulative tier counts.
        let cumulative = 0;
        const tier = group.tiers.find((t) => place <= (cumulative += t.count)) ?? null;
        for (const id of run) {
          ranksOf.get(id)!.push(place);
          if ((tier?.id ?? null) === (a.byId.get(id)!.award?.id ?? null)) same.set(id, same.get(id)! + 1);
        }
        place += run.length;
      }
    }
  }
  return {
    samples,
    seed,
    entries: rankedIds.map((id) => {
      const r = ranksOf.get(id)!.sort((x, y) => x - y);
      return {
        entryId: id,
        sameAward: same.get(id)!,
        rankLow: r[Math.ceil(0.025 * samples) - 1]!,
        rankHigh: r[Math.ceil(0.975 * samples) - 1]!,
      };
    }),
  };
}
