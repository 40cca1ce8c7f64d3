// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ResultSection } from '@/domain/publication/exports';
import { toCsv, toWorkbook } from './spreadsheets';

const sections: ResultSection[] = [
  {
    trackId: 'company',
    name: '企业组',
    rows: [
      {
        rank: 1,
        award: '一等奖',
        code: 'E-001',
        title: '=cmd',
        team: '甲',
        organization: '乙',
        score: 91.125,
        sheets: 5,
        trackName: '企业组',
        note: '',
      },
    ],
  },
  {
    trackId: 'team',
    name: '团队组',
    rows: [
      {
        rank: null,
        award: '',
        code: 'T-002',
        title: '牦牛绒',
        team: '',
        organization: '',
        score: null,
        sheets: 1,
        trackName: '团队组',
        note: '评分数量不足',
      },
    ],
  },
];

describe('results files', () => {
  it('writes a CSV with a BOM and CRLF line ends', () => {
    const csv = toCsv([
      ['名次', '项目名称'],
      [1, "'=cmd"],
    ]);
    expect(csv.startsWith('\uFEFF名次,项目名称\r\n1,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one sheet per track with a frozen Chinese header and scores as 2-decimal numbers', async () => {
    const blob = await toWorkbook(sections);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['企业组', '团队组']);
    const sheet = workbook.getWorksheet('企业组')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('名次');
    const score = sheet.getRow(2).getCell(7);
    expect(score.value).toBe(91.125);
    expect(score.numFmt).toBe('0.00');
    expect(sheet.getRow(2).getCell(4).value).toBe("'=cmd");
    expect(workbook.getWorksheet('团队组')!.getRow(2).getCell(10).value).toBe('评分数量不足');
  });
});
