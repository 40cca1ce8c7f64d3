import { compareIds, type Analysis } from '../results';

/**
 * Entries whose sheet totals differ by at least this much (of 100) are listed
 * by default: 15 % of the highest possible total, about one grade band of a
 * four-band level guide.
 */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 15;

export interface Disagreement {
  entryId: string;
  title: string;
  track: string | null;
  /** Counted sheets, by judgeId, with their totals T (0–100). */
  sheets: { judgeId: string; total: number }[];
  lowest: number;
  highest: number;
  /** highest − lowest: the spread, in points of 100. */
  spread: number;
}

/**
 * The entries of a computed round where judges disagree most: spread (the
 * highest minus the lowest counted sheet total, a range rather than a
 * standard deviation, because an organizer can check it by eye against the
 * sheets) at least `threshold`, largest first, then by entry id. Entries
 * with fewer than two counted sheets have no spread and are never listed;
 * unranked entries are (a re-review may be what ranks them).
 */
export function disagreements(a: Analysis, threshold: number): Disagreement[] {
  const out: Disagreement[] = [];
  for (const e of a.entries) {
    if (e.totals.length < 2) continue;
    const lowest = Math.min(...e.totals);
    const highest = Math.max(...e.totals);
    const spread = highest - lowest;
    // A hair of floating-point error must not drop an entry exactly at the threshold.
    if (spread < threshold - 1e-9) continue;
    out.push({
      entryId: e.id,
      title: e.entry.title,
      track: e.entry.track,
      sheets: e.sheets.map((s, i) => ({ judgeId: s.judgeId, total: e.totals[i]! })),
      lowest,
      highest,
      spread,
    });
  }
  return out.sort((x, y) => y.spread - x.spread || compareIds(x.entryId, y.entryId));
}
