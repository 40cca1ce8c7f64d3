import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePeopleTable } from './parse-people';
import { PeopleFileError, readPeopleFile } from './read-people-file';

const xlsxFile = async (rows: unknown[][]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('评委');
  rows.forEach((r) => sheet.addRow(r));
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([buffer as ArrayBuffer], '评委名单.xlsx');
};

describe('readPeopleFile', () => {
  it('reads a CSV saved by Excel (BOM, quoted commas, CRLF)', async () => {
    const file = new File(['\uFEFF姓名,邮箱\r\n"张三, 教授",zhang@x.com\r\n\r\n李四,li@x.com\r\n'], 'judges.CSV');
    const rows = await readPeopleFile(file);
    expect(parsePeopleTable(rows)).toEqual([
      { line: 2, name: '张三, 教授', email: 'zhang@x.com' },
      { line: 3, name: '李四', email: 'li@x.com' },
    ]);
  });

  it('reads the first worksheet of a workbook, a hyperlinked email by its text', async () => {
    const file = await xlsxFile([
      ['Name', 'Email'],
      ['张三', { text: 'zhang@x.com', hyperlink: 'mailto:zhang@x.com' }],
      ['李四', 'li@x.com'],
    ]);
    expect(parsePeopleTable(await readPeopleFile(file))).toEqual([
      { line: 2, name: '张三', email: 'zhang@x.com' },
      { line: 3, name: '李四', email: 'li@x.com' },
    ]);
  });

  it('refuses other files, broken workbooks and empty sheets with a reason', async () => {
    await expect(readPeopleFile(new File(['x'], 'judges.xls'))).rejects.toEqual(new PeopleFileError('unsupported'));
    await expect(readPeopleFile(new File(['not a zip'], 'judges.xlsx'))).rejects.toEqual(
      new PeopleFileError('unreadable'),
    );
    await expect(readPeopleFile(new File(['\uFEFF\r\n'], 'judges.csv'))).rejects.toEqual(new PeopleFileError('empty'));
  });
});
