// The registration list as files. CSV: papaparse, with a UTF-8 byte order
// mark so that Excel on Windows reads the Chinese right instead of guessing
// GBK. Excel workbook: exceljs, imported only when the organizer asks for
// one (about 1 MB of code no other visit needs).
import Papa from 'papaparse';
import { XLSX_TYPE } from '@/lib/download';
import type { RegistrationTable } from './registration-list';

const BOM = '\uFEFF';

/** The table as CSV text, BOM first, lines ending CRLF (RFC 4180, and what Excel writes). */
export function toCsv(table: RegistrationTable): string {
  return BOM + Papa.unparse([table.header, ...table.rows], { newline: '\r\n' });
}

/** The table as an .xlsx workbook with one sheet: bold header kept in view, columns wide enough to read. */
export async function toXlsx(table: RegistrationTable, sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      ...[table.header[i] ?? '', ...table.rows.map((r) => r[i] ?? '')].map((c) => displayWidth(String(c))),
    );
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

/** Roughly how many Latin characters wide a text is: a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.split('\n')[0] ?? '') width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

/** A file name without the characters Windows and macOS refuse. */
export const safeFileName = (name: string) =>
  name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
