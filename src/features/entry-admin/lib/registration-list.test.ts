import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EntryQuestion } from '@/domain/registration/entry-question';
import { demoCompetition, demoEntry, demoIdentity } from '@/lib/test/render';
import { toCsv } from './export-files';
import {
  beijingDateTime,
  FIXED_COLUMNS,
  neutralizeFormula,
  registrationList,
  type RegistrationListWords,
} from './registration-list';

const questions: EntryQuestion[] = [
  { id: 'size', kind: 'number', label: '团队人数', labelEn: 'Team size', required: true },
  {
    id: 'registered',
    kind: 'choice',
    label: '是否落地',
    labelEn: 'Registered?',
    required: true,
    options: [
      { id: 'yes', label: '已注册', labelEn: 'Yes' },
      { id: 'no', label: '暂无计划', labelEn: '' },
    ],
  },
  { id: 'certs', kind: 'file', label: '证书', labelEn: 'Certificates', required: false },
  { id: 'site', kind: 'short-text', label: '=网址', labelEn: 'Website', required: false },
];
const competition = demoCompetition({ entryForm: { questions } });

const words = (language: 'zh-CN' | 'en' = 'zh-CN'): RegistrationListWords => ({
  columns: Object.fromEntries(FIXED_COLUMNS.map((c) => [c, `col:${c}`])) as RegistrationListWords['columns'],
  status: { draft: '草稿', submitted: '已提交', withdrawn: '已撤回', disqualified: '已取消资格' },
  fileAnswer: (name) => `已上传：${name}`,
  dateTime: beijingDateTime,
  language,
});

const submittedAt = Date.UTC(2026, 9, 25, 1, 1); // 09:01 in Beijing
const entry = demoEntry({
  id: 'e1',
  code: 'G-007',
  trackId: 'growth',
  title: '高原光伏',
  field: '新能源',
  status: 'submitted',
  submittedAt,
  answers: {
    size: 12,
    registered: 'yes',
    certs: 'competitions/c/entries/e1/files/certs.pdf',
    site: '+86 971 123',
  },
});
const identity = demoIdentity({
  entryId: 'e1',
  teamName: '光明团队',
  organization: '青海光明科技有限公司',
  contactName: '李四',
  contactPhone: '13800001234',
  contactEmail: 'li@example.com',
  creditCode: '91630100MA7000001X',
});

describe('registrationList', () => {
  it('has the fixed columns, then one per question (its label)', () => {
    const { header } = registrationList(competition, [], words());
    expect(header).toEqual([...FIXED_COLUMNS.map((c) => `col:${c}`), '团队人数', '是否落地', '证书', "'=网址"]);
    expect(registrationList(competition, [], words('en')).header.slice(-4)).toEqual([
      'Team size',
      'Registered?',
      'Certificates',
      'Website',
    ]);
  });

  it('writes an entry with its identity, status, Beijing time and answers', () => {
    const { rows } = registrationList(competition, [{ entry, identity }], words());
    expect(rows).toEqual([
      [
        'G-007',
        '成长组',
        '已提交',
        '高原光伏',
        '新能源',
        '光明团队',
        '青海光明科技有限公司',
        '李四',
        '13800001234',
        'li@example.com',
        '91630100MA7000001X',
        '2026-10-25 09:01',
        12,
        '已注册',
        '已上传：certs.pdf',
        "'+86 971 123",
      ],
    ]);
  });

  it('picks English names and labels in English, Chinese where there is no English', () => {
    const other = demoEntry({ ...entry, answers: { registered: 'no' } });
    const [row] = registrationList(competition, [{ entry: other, identity }], words('en')).rows;
    expect(row?.[1]).toBe('Growth');
    expect(row?.slice(-4)).toEqual(['', '暂无计划', '', '']);
  });

  it('leaves blanks for a draft without identity or submission, and shows an unknown choice as its id', () => {
    const draft = demoEntry({
      id: 'e2',
      code: 'S-001',
      trackId: 'gone',
      status: 'draft',
      answers: { registered: 'maybe' },
    });
    const [row] = registrationList(competition, [{ entry: draft, identity: null }], words()).rows;
    expect(row).toEqual(['S-001', 'gone', '草稿', '', '', '', '', '', '', '', '', '', '', 'maybe', '', '']);
  });

  it('neutralizes every text cell a spreadsheet would run as a formula, numbers stay numbers', () => {
    const hostile = demoEntry({
      ...entry,
      title: '=HYPERLINK("http://evil.example","点击")',
      field: '@SUM(A1)',
      answers: { size: -3, site: '-2+3' },
    });
    const evil = demoIdentity({ teamName: '+1', organization: '\t=1', contactName: '\r=1', contactEmail: 'a=b@x' });
    const [row] = registrationList(competition, [{ entry: hostile, identity: evil }], words()).rows;
    expect(row?.[3]).toBe('\'=HYPERLINK("http://evil.example","点击")');
    expect(row?.[4]).toBe("'@SUM(A1)");
    expect(row?.[5]).toBe("'+1");
    expect(row?.[6]).toBe("'\t=1");
    expect(row?.[7]).toBe("'\r=1");
    expect(row?.[9]).toBe('a=b@x');
    expect(row?.[12]).toBe(-3);
    expect(row?.[15]).toBe("'-2+3");
  });
});

describe('neutralizeFormula', () => {
  it('prefixes = + - @ tab and CR, nothing else', () => {
    for (const s of ['=1', '+1', '-1', '@a', '\t1', '\r1']) expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ['', 'a=1', ' =1', '１', "'=1", '中文']) expect(neutralizeFormula(s)).toBe(s);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and reads back to the same table, commas, quotes and line breaks included', () => {
    const multi = demoEntry({ ...entry, title: '第一行\n第二行, "引号"' });
    const table = registrationList(competition, [{ entry: multi, identity }], words());
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(table.header);
    expect(parsed[1]?.[3]).toBe('第一行\n第二行, "引号"');
    expect(parsed[1]?.[12]).toBe('12');
    expect(csv.includes('\r\n')).toBe(true);
  });
});

describe('toXlsx', () => {
  it('makes a workbook whose sheet holds the header and the rows, numbers as numbers', async () => {
    const { toXlsx } = await import('./export-files');
    const { default: ExcelJS } = await import('exceljs');
    const table = registrationList(competition, [{ entry, identity }], words());
    const blob = await toXlsx(table, '报名汇总表');
    const workbook = new ExcelJS.Workbook();
    // jsdom's Blob has no arrayBuffer(); its FileReader reads it.
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet('报名汇总表')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('col:code');
    expect(sheet.getRow(2).getCell(1).value).toBe('G-007');
    expect(sheet.getRow(2).getCell(13).value).toBe(12);
    expect(sheet.getRow(2).getCell(16).value).toBe("'+86 971 123");
    expect(sheet.rowCount).toBe(2);
  });
});
