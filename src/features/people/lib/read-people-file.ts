import Papa from 'papaparse';

/** A file the organizer chose that cannot be read as a sheet, to translate. */
export class PeopleFileError extends Error {
  constructor(readonly reason: 'unsupported' | 'unreadable' | 'empty') {
    super(`people file: ${reason}`);
    this.name = 'PeopleFileError';
  }
}

// FileReader rather than Blob.text()/arrayBuffer(): the same in every browser and in jsdom.
function readAs(file: Blob, as: 'text'): Promise<string>;
function readAs(file: Blob, as: 'buffer'): Promise<ArrayBuffer>;
function readAs(file: Blob, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(new PeopleFileError('unreadable'));
    if (as === 'text') reader.readAsText(file, 'utf-8');
    else reader.readAsArrayBuffer(file);
  });
}

const extension = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/**
 * The rows of a CSV (any encoding Excel saves as UTF-8, BOM or not) or of
 * the first worksheet of an .xlsx workbook, as text cells. exceljs is large:
 * it loads only when an .xlsx file is chosen.
 */
export async function readPeopleFile(file: File): Promise<string[][]> {
  const ext = extension(file.name);
  let rows: string[][];
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') rows = await readCsv(file);
  else if (ext === 'xlsx') rows = await readXlsx(file);
  else throw new PeopleFileError('unsupported');
  if (rows.every((r) => r.every((c) => c.trim() === ''))) throw new PeopleFileError('empty');
  return rows;
}

async function readCsv(file: File): Promise<string[][]> {
  const text = (await readAs(file, 'text')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
}

async function readXlsx(file: File): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(await readAs(file, 'buffer'));
  } catch {
    throw new PeopleFileError('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new PeopleFileError('empty');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    // exceljs counts columns from 1; `text` is what Excel shows (a hyperlinked email's text, a number as typed).
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(row.getCell(col).text ?? '');
    rows.push(cells);
  });
  return rows;
}
