import type { Analysis, EntryResult } from './analyze';
import { isContested, type ConfidenceV1, type EntryConfidence } from './confidence';
import type { AwardTier } from './types';

/*
 * Contested prize lines (有争议的奖项分界线): where, in a ranking group, the
 * award confidence (confidence-v1) says a different panel could have drawn
 * the line between two awards otherwise. Pure; reads the analysis the real
 * results came from and the confidence computed on it. Definition (also in
 * docs/results-engine.md):
 *
 * - A group's ranked entries, in rank order, form blocks of equal award
 *   (each tier that some entry got, then the entries without an award). A
 *   prize line is the boundary between two consecutive blocks, so a tier
 *   nobody got (count 0, or taken by a tie above) has no line of its own.
 * - Awards go by rank: an entry keeps its tier exactly when its rank stays
 *   within the tier's ranks (C_{k-1}, C_k], C_k being the cumulative count
 *   through tier k. An entry of the block just above a line is *on* the
 *   line when it is contested (sameAward < 0.9 × samples) and its rank
 *   interval reaches below its tier (rankHigh > C_k); an entry of the block
 *   just below is on the line when it is contested and its interval reaches
 *   above its own tier (rankLow ≤ C_{k-1}, for the entries without an award
 *   the cumulative count of all tiers).
 * - A line is contested when at least one entry is on it. With samples ≥ 40
 *   every contested entry is on at least one of the lines around its own
 *   block (if more than 10 % of its samples leave its tier, more than 5 %
 *   leave on one side, which puts the 2.5 % / 97.5 % rank on that side).
 */

export interface LineEntry {
  entryId: string;
  rank: number;
  score: number;
  award: AwardTier | null;
  /** Samples in which the entry kept its award (confidence-v1 `sameAward`). */
  sameAward: number;
  /** sameAward / samples, in [0, 1]. */
  share: number;
  rankLow: number;
  rankHigh: number;
}

export interface ContestedLine {
  /** The tier just above the line. */
  above: AwardTier;
  /** The tier just below it; null for the line between the last tier and no award. */
  below: AwardTier | null;
  /** The two neighbours across the line: the last entry above it and the first below. */
  lastAbove: LineEntry;
  firstBelow: LineEntry;
  /** lastAbove.score − firstBelow.score (≥ 0; 0 when a tie-break criterion drew the line). */
  gap: number;
  /** Contested entries of the block above whose interval reaches below their tier, in rank order. */
  aboveEntries: LineEntry[];
  /** Contested entries of the block below whose interval reaches above their tier, in rank order. */
  belowEntries: LineEntry[];
  /** The least confident entry on the line (fewest sameAward; the better rank on a tie). */
  weakest: LineEntry;
}

export interface GroupContestedLines {
  /** Track id; null under overall scope. */
  track: string | null;
  lines: ContestedLine[];
}

/** Per ranking group (in the analysis' group order), its contested prize lines, top line first. */
export function contestedLines(analysis: Analysis, confidence: ConfidenceV1): GroupContestedLines[] {
  const byId = new Map<string, EntryConfidence>(confidence.entries.map((c) => [c.entryId, c]));
  return analysis.groups.map((group) => {
    const cumulative = cumulativeCounts(group.tiers);
    const order = group.order;
    const lines: ContestedLine[] = [];
    const blocks = awardBlocks(order);
    for (let b = 0; b + 1 < blocks.length; b++) {
      const upper = blocks[b]!;
      const lower = blocks[b + 1]!;
      const above = order[upper.start]!.award;
      // Blocks are ordered by rank, so only the last block may lack an award.
      if (!above) continue;
      const below = order[lower.start]!.award;
      // Last rank that keeps the upper tier, and the last rank above the lower block's tier.
      const upperEnd = cumulative.get(above.id) ?? 0;
      const lowerStart = below ? (cumulative.get(below.id) ?? 0) - below.count : total(group.tiers);

      const line = (e: EntryResult): LineEntry | null => {
        const c = byId.get(e.id);
        if (!c || e.rank === null || e.score === null) return null;
        return {
          entryId: e.id,
          rank: e.rank,
          score: e.score,
          award: e.award,
          sameAward: c.sameAward,
          share: confidence.samples > 0 ? c.sameAward / confidence.samples : 0,
          rankLow: c.rankLow,
          rankHigh: c.rankHigh,
        };
      };
      const onLine = (e: EntryResult, crosses: (c: EntryConfidence) => boolean): LineEntry | null => {
        const c = byId.get(e.id);
        return c && isContested(c, confidence.samples) && crosses(c) ? line(e) : null;
      };
      const aboveEntries = order
        .slice(upper.start, upper.end)
        .map((e) => onLine(e, (c) => c.rankHigh > upperEnd))
        .filter((x): x is LineEntry => x !== null);
      const belowEntries = order
        .slice(lower.start, lower.end)
        .map((e) => onLine(e, (c) => c.rankLow <= lowerStart))
        .filter((x): x is LineEntry => x !== null);
      if (aboveEntries.length + belowEntries.length === 0) continue;

      const lastAbove = line(order[upper.end - 1]!);
      const firstBelow = line(order[lower.start]!);
      if (!lastAbove || !firstBelow) continue;
      const weakest = [...aboveEntries, ...belowEntries].reduce((w, e) =>
        e.sameAward < w.sameAward || (e.sameAward === w.sameAward && e.rank < w.rank) ? e : w,
      );
      lines.push({
        above,
        below,
        lastAbove,
        firstBelow,
        gap: lastAbove.score - firstBelow.score,
        aboveEntries,
        belowEntries,
        weakest,
      });
    }
    return { track: group.track, lines };
  });
}

/** Tier id → C_k, the cumulative count through that tier (ids are unique within a group). */
function cumulativeCounts(tiers: readonly AwardTier[]): Map<string, number> {
  const out = new Map<string, number>();
  let sum = 0;
  for (const t of tiers) {
    sum += t.count;
    out.set(t.id, sum);
  }
  return out;
}

const total = (tiers: readonly AwardTier[]) => tiers.reduce((sum, t) => sum + t.count, 0);

/** Maximal runs [start, end) of entries with the same award (or none), in order. */
function awardBlocks(order: readonly EntryResult[]): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  for (let i = 0; i < order.length; i++) {
    const last = blocks[blocks.length - 1];
    if (last && order[last.start]!.award?.id === order[i]!.award?.id) last.end = i + 1;
    else blocks.push({ start: i, end: i + 1 });
  }
  return blocks;
}
