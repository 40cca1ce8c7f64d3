import { buildExport } from '@/domain/export';
import {
  computeResults,
  judgeStats,
  resultRows,
  type Analysis,
  type JudgeStat,
  type ResultRow,
} from '@/domain/results';
import type { PreviewData } from '../api/preview-data';

/** Rows shown at first in a list, and added by each "load more". */
export const RESULTS_PAGE_SIZE = 50;

export interface PreviewGroup {
  /** Track id; null under overall scope. */
  track: string | null;
  ranked: ResultRow[];
  unranked: ResultRow[];
}

export type Preview =
  | { ok: false; problems: string[] }
  | {
      ok: true;
      analysis: Analysis;
      groups: PreviewGroup[];
      judges: JudgeStat[];
      /** Judge uid → 1…n, in the engine's judge order (by uid). */
      judgeNumbers: Map<string, number>;
    };

/**
 * The round's results as the one engine computes them: the same
 * buildExport + computeResults the Cloud Function runs, nothing re-derived.
 */
export function computePreview(data: PreviewData, roundId: string): Preview {
  const outcome = computeResults(buildExport(data.competition, roundId, data.entries, data.sheets));
  if (!outcome.ok) return { ok: false, problems: outcome.problems };
  const { analysis } = outcome;

  const groups: PreviewGroup[] = analysis.groups.map((g) => ({ track: g.track, ranked: [], unranked: [] }));
  const byTrack = new Map(groups.map((g) => [g.track, g]));
  for (const row of resultRows(analysis)) {
    const group = byTrack.get(row.group);
    if (!group) continue;
    (row.rank === null ? group.unranked : group.ranked).push(row);
  }
  const judges = judgeStats(analysis);
  const judgeNumbers = new Map(judges.map((j, i) => [j.judgeId, i + 1]));
  return { ok: true, analysis, groups, judges, judgeNumbers };
}
