// The results as files. CSV: papaparse, UTF-8 with a byte order mark so
// that Excel on Windows reads Chinese instead of guessing GBK, CRLF line
// ends. Workbook: exceljs, imported only when asked for (about 1 MB of code
// no other visit needs), one sheet per ranking group.
import Papa from 'papaparse';
import { XLSX_TYPE } from '@/lib/download';
import { RESULT_COLUMNS, rowCells, type Cell, type ResultSection } from '@/domain/publication/exports';

const BOM = '\uFEFF';

export function toCsv(rows: readonly Cell[][]): string {
  return BOM + Papa.unparse(rows as Cell[][], { newline: '\r\n' }) + '\r\n';
}

/** Sheet names: at most 31 characters, none of []:*?/\ and unique (Excel's rules). */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${base} ${n}`;
  used.add(candidate);
  return candidate;
}

const SCORE_COLUMN = RESULT_COLUMNS.indexOf('得分') + 1;

/** The workbook: one sheet per track (or one overall), header frozen and bold, scores as numbers shown with 2 decimals. */
export async function toWorkbook(sections: readonly ResultSection[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const used = new Set<string>();
  for (const section of sections) {
    const sheet = workbook.addWorksheet(sheetName(section.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...RESULT_COLUMNS]).font = { bold: true };
    // The score stays full precision in the cell; the format shows 2 decimals.
    for (const row of section.rows) sheet.addRow(rowCells(row, (score) => score));
    sheet.getColumn(SCORE_COLUMN).numFmt = '0.00';
    sheet.columns.forEach((column, i) => {
      const texts = [RESULT_COLUMNS[i] ?? '', ...section.rows.map((r) => String(rowCells(r, String)[i] ?? ''))];
      column.width = Math.min(50, Math.max(6, ...texts.map(displayWidth)) + 2);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

/** Roughly how many Latin characters wide a text is: a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}
