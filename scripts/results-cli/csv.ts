import Papa from 'papaparse';
import type { ResultRow } from '../../src/domain/results';

/** Column order of `--csv` (documented in docs/results-engine.md). */
export const CSV_COLUMNS = ['group', 'rank', 'entryId', 'title', 'score', 'sheets', 'award', 'note'] as const;

/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese titles
 * correctly), CRLF line ends, a header row, one row per ranked or unranked
 * entry. `score` is rounded to 2 decimals for display only; `award` is the
 * tier's label; `note` carries the reason an entry is unranked. Text cells
 * that a spreadsheet would run as a formula (=, +, -, @) are prefixed with
 * `'`; numbers never are, so a negative z-score stays a number.
 */
export function toCsv(rows: readonly ResultRow[]): string {
  const data = rows.map((r) => [
    text(r.group ?? ''),
    r.rank === null ? '' : String(r.rank),
    text(r.entryId),
    text(r.title),
    r.score === null ? '' : r.score.toFixed(2),
    String(r.sheets),
    text(r.awardLabel ?? ''),
    text(r.note ?? ''),
  ]);
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}

/** A text cell from the export, made inert for spreadsheets. */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
