// The results of a computation as a table for the organizer's CSV and Excel
// workbook: one section per ranking group (a track, or everything under
// overall scope), ranked entries in rank order, then the group's unranked
// ones. Pure: the entries' codes, titles and identities come in as maps.
import type { AwardTier, Track } from '../../model';
import type { ResultsV1 } from '../../results';
import { safeCell, scoreText, type Cell } from './spreadsheet-safe';

/** Column names, in Chinese: the file goes to Chinese organizers, juries and award ceremonies. */
export const RESULT_COLUMNS = [
  '名次',
  '奖项',
  '编号',
  '项目名称',
  '团队',
  '单位',
  '得分',
  '评分数',
  '赛道',
  '备注',
] as const;

/** Why an entry has no rank (results engine reason → the note column). */
export const UNRANKED_NOTES: Record<string, string> = { 'insufficient-sheets': '评分数量不足' };

export interface ResultRowModel {
  rank: number | null;
  /** The award tier's label, '' when none. */
  award: string;
  code: string;
  title: string;
  team: string;
  organization: string;
  /** Full precision; printed with 2 decimals. null when unranked. */
  score: number | null;
  sheets: number;
  trackName: string;
  note: string;
}

export interface ResultSection {
  /** The ranking group's track, null under overall scope. */
  trackId: string | null;
  /** The track's name, or 总排名 under overall scope (a workbook sheet's name). */
  name: string;
  rows: ResultRowModel[];
}

export interface EntryFacts {
  code: string;
  title: string;
  trackId: string;
}

export interface IdentityFacts {
  teamName: string;
  organization: string;
}

export interface ResultTableInput {
  results: ResultsV1;
  tracks: readonly Track[];
  awards: readonly AwardTier[];
  entries: ReadonlyMap<string, EntryFacts>;
  identities: ReadonlyMap<string, IdentityFacts>;
  /** Labels in English where the competition has them ('en', for the page); files are Chinese (default). */
  language?: 'zh-CN' | 'en';
}

export const OVERALL_SECTION_NAME = '总排名';

const zh = (label: string, labelEn: string) => label || labelEn;
const en = (label: string, labelEn: string) => labelEn || label;

/**
 * An award tier's label from the competition's tiers; a tier id is unique
 * only within its group, so the group's track is part of the key.
 */
export function awardLabel(
  awards: readonly AwardTier[],
  track: string | null,
  tierId: string | null,
  pick: (label: string, labelEn: string) => string = zh,
): string {
  if (tierId === null) return '';
  const tier =
    awards.find((a) => a.id === tierId && (track === null || a.track === track)) ?? awards.find((a) => a.id === tierId);
  return tier ? pick(tier.label, tier.labelEn) : tierId;
}

export function resultSections(input: ResultTableInput): ResultSection[] {
  const { results, tracks, awards, entries, identities } = input;
  const pick = input.language === 'en' ? en : zh;
  const trackName = (id: string | null | undefined) => {
    const track = tracks.find((t) => t.id === id);
    return track ? pick(track.name, track.nameEn) : (id ?? '');
  };
  const facts = (entryId: string) => {
    const entry = entries.get(entryId);
    const identity = identities.get(entryId);
    return {
      code: entry?.code ?? entryId,
      title: entry?.title ?? '',
      team: identity?.teamName ?? '',
      organization: identity?.organization ?? '',
      trackName: trackName(entry?.trackId),
    };
  };
  const overall = results.groups.length === 1 && results.groups[0]?.track === null;

  return results.groups.map((group) => {
    const ranked: ResultRowModel[] = group.entries.map((e) => ({
      ...facts(e.entryId),
      rank: e.rank,
      award: awardLabel(awards, group.track, e.award, pick),
      score: e.score,
      sheets: e.sheets,
      note: '',
    }));
    const unranked: ResultRowModel[] = results.unranked
      .filter((u) => overall || entries.get(u.entryId)?.trackId === group.track)
      .map((u) => ({
        ...facts(u.entryId),
        rank: null,
        award: '',
        score: null,
        sheets: u.sheets,
        note: UNRANKED_NOTES[u.reason] ?? u.reason,
      }));
    return {
      trackId: group.track,
      name:
        group.track === null ? (input.language === 'en' ? 'Overall' : OVERALL_SECTION_NAME) : trackName(group.track),
      rows: [...ranked, ...unranked],
    };
  });
}

/** One row's cells in RESULT_COLUMNS order; `score` as given (a number for Excel, text for CSV). */
export function rowCells(row: ResultRowModel, score: (value: number) => Cell): Cell[] {
  const text = [row.award, row.code, row.title, row.team, row.organization].map(safeCell);
  // The score is ours, never a team's text: a negative z-score stays "-0.50", not "'-0.50".
  return [
    row.rank ?? '',
    ...text,
    row.score === null ? '' : score(row.score),
    row.sheets,
    ...[row.trackName, row.note].map(safeCell),
  ];
}

/** Every section's rows in one table, header first, scores as 2-decimal text: the CSV. */
export function resultCsvTable(sections: readonly ResultSection[]): Cell[][] {
  return [[...RESULT_COLUMNS], ...sections.flatMap((s) => s.rows.map((r) => rowCells(r, scoreText)))];
}
