import type { Analysis, EntryResult } from './analyze';

/** One display row per ranked or unranked entry (CSV export, tables). */
export interface ResultRow {
  /** Ranking group: the track id, or null under overall scope. */
  group: string | null;
  rank: number | null;
  entryId: string;
  title: string;
  score: number | null;
  sheets: number;
  award: string | null;
  awardLabel: string | null;
  /** Why the entry is not ranked (e.g. "insufficient-sheets"), else null. */
  note: string | null;
}

/**
 * Rows group by group: the ranked entries in rank order, then the group's
 * unranked entries by entryId (under overall scope all unranked entries come
 * last). Withdrawn and disqualified entries have no row.
 */
export function resultRows(a: Analysis): ResultRow[] {
  const rows: ResultRow[] = [];
  const unrankedOf = new Map<string | null, EntryResult[]>();
  for (const e of a.unranked) {
    const key = a.config.scope === 'overall' ? null : e.entry.track;
    const list = unrankedOf.get(key);
    if (list) list.push(e);
    else unrankedOf.set(key, [e]);
  }
  for (const g of a.groups) {
    for (const e of g.order) {
      rows.push({
        group: g.track,
        rank: e.rank,
        entryId: e.id,
        title: e.entry.title,
        score: e.score,
        sheets: e.sheets.length,
        award: e.award ? e.award.id : null,
        awardLabel: e.award ? e.award.label : null,
        note: null,
      });
    }
    for (const e of unrankedOf.get(g.track) ?? []) {
      rows.push({
        group: g.track,
        rank: null,
        entryId: e.id,
        title: e.entry.title,
        score: null,
        sheets: e.sheets.length,
        award: null,
        awardLabel: null,
        note: 'insufficient-sheets',
      });
    }
  }
  return rows;
}
