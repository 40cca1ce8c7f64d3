// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AwardTier, Track } from '../../model';
import type { ResultsV1 } from '../../results';
import { certificateDate, certificatePage, certificatePages, NoAwardError } from './certificates';
import { exportFileName, shortHash } from './file-names';
import { judgeKeyRows, judgeKeyTable } from './judge-key';
import { RESULT_COLUMNS, resultCsvTable, resultSections, type ResultTableInput } from './result-table';
import { neutralizeFormula } from './spreadsheet-safe';

const tracks: Track[] = [
  { id: 'company', name: '企业组', nameEn: 'Companies', codePrefix: 'E', requiresCompany: true },
  { id: 'team', name: '团队组', nameEn: 'Teams', codePrefix: 'T', requiresCompany: false },
];
// Tier ids repeat across tracks: a label is found by track and id.
const awards: AwardTier[] = [
  { id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'company' },
  { id: 'first', label: '团队一等奖', labelEn: 'Team first prize', count: 1, track: 'team' },
];
const results: ResultsV1 = {
  format: 'judging-results/v1',
  competitionId: 'c1',
  groups: [
    {
      track: 'company',
      entries: [
        { entryId: 'e1', rank: 1, score: 91.125, sheets: 5, award: 'first' },
        { entryId: 'e2', rank: 2, score: 80, sheets: 5, award: null },
      ],
    },
    { track: 'team', entries: [{ entryId: 't1', rank: 1, score: -0.5, sheets: 3, award: 'first' }] },
  ],
  unranked: [{ entryId: 't2', reason: 'insufficient-sheets', sheets: 1 }],
};
const input: ResultTableInput = {
  results,
  tracks,
  awards,
  entries: new Map([
    ['e1', { code: 'E-001', title: '高原光伏', trackId: 'company' }],
    ['e2', { code: 'E-002', title: '=HYPERLINK("http://x")', trackId: 'company' }],
    ['t1', { code: 'T-001', title: '青稞饮料', trackId: 'team' }],
    ['t2', { code: 'T-002', title: '牦牛绒', trackId: 'team' }],
  ]),
  identities: new Map([
    ['e1', { teamName: '光伏团队', organization: '西宁光伏有限公司' }],
    ['t1', { teamName: '+青稞', organization: '' }],
  ]),
};
const context = {
  competitionTitle: '西宁首届创新创业大赛',
  organizer: '西宁高新区',
  date: '2021年10月25日',
  perTrack: true,
};

describe('results table', () => {
  const sections = resultSections(input);

  it('has one section per ranking group, ranked rows then the group’s unranked ones', () => {
    expect(sections.map((s) => s.name)).toEqual(['企业组', '团队组']);
    expect(sections[0]!.rows.map((r) => r.code)).toEqual(['E-001', 'E-002']);
    expect(sections[1]!.rows.map((r) => [r.code, r.rank, r.note])).toEqual([
      ['T-001', 1, ''],
      ['T-002', null, '评分数量不足'],
    ]);
  });

  it('labels awards by track and id, and names teams from the identities', () => {
    expect(sections[0]!.rows[0]).toMatchObject({ award: '一等奖', team: '光伏团队', organization: '西宁光伏有限公司' });
    expect(sections[1]!.rows[0]!.award).toBe('团队一等奖');
    expect(sections[0]!.rows[1]!.award).toBe('');
  });

  it('writes Chinese columns, 2-decimal scores and neutralised text cells', () => {
    const table = resultCsvTable(sections);
    expect(table[0]).toEqual([...RESULT_COLUMNS]);
    expect(table[1]).toEqual([
      1,
      '一等奖',
      'E-001',
      '高原光伏',
      '光伏团队',
      '西宁光伏有限公司',
      '91.13',
      5,
      '企业组',
      '',
    ]);
    expect(table[2]![3]).toBe(`'=HYPERLINK("http://x")`);
    // A negative score is a number-like text, never prefixed; a team name starting with + is.
    expect(table[3]![6]).toBe('-0.50');
    expect(table[3]![4]).toBe("'+青稞");
  });

  it('uses English labels where the competition has them, for the page', () => {
    const english = resultSections({ ...input, language: 'en' });
    expect(english.map((s) => s.name)).toEqual(['Companies', 'Teams']);
    expect(english[1]!.rows[0]!.award).toBe('Team first prize');
  });

  it('lists every unranked entry in the one section under overall scope', () => {
    const overall = resultSections({
      ...input,
      awards: [],
      results: { ...results, groups: [{ track: null, entries: results.groups[0]!.entries }] },
    });
    expect(overall).toHaveLength(1);
    expect(overall[0]!.name).toBe('总排名');
    expect(overall[0]!.rows.map((r) => r.code)).toEqual(['E-001', 'E-002', 'T-002']);
  });
});

describe('certificates', () => {
  const sections = resultSections(input);

  it('makes one page per award-winning entry, and none for the others', () => {
    const pages = certificatePages(sections, context);
    expect(pages.map((p) => [p.code, p.award, p.trackName])).toEqual([
      ['E-001', '一等奖', '企业组'],
      ['T-001', '团队一等奖', '团队组'],
    ]);
    expect(pages[0]).toMatchObject({ entryTitle: '高原光伏', team: '光伏团队', organizer: '西宁高新区' });
  });

  it('refuses a certificate for an entry without an award, ranked or not', () => {
    expect(() => certificatePage(sections[0]!.rows[1]!, context)).toThrow(NoAwardError);
    expect(() => certificatePage(sections[1]!.rows[1]!, context)).toThrow(NoAwardError);
  });

  it('prints no track when awards are given overall', () => {
    expect(certificatePage(sections[0]!.rows[0]!, { ...context, perTrack: false }).trackName).toBe('');
  });

  it('dates a certificate in Beijing time', () => {
    // 2021-10-24 16:30 UTC is already the 25th in Beijing.
    expect(certificateDate(Date.UTC(2021, 9, 24, 16, 30))).toBe('2021年10月25日');
  });
});

describe('judge key and file names', () => {
  it('lists pseudonyms in order with the judges’ names, a former judge by uid', () => {
    const rows = judgeKeyRows(
      { u2: 'B', u1: 'A', u27: 'AA', gone: 'C' },
      new Map([
        ['u1', { displayName: '王评委', email: 'wang@example.com' }],
        ['u2', { displayName: '@李', email: 'li@example.com' }],
        ['u27', { displayName: '赵', email: '' }],
      ]),
    );
    expect(rows.map((r) => r.pseudonym)).toEqual(['A', 'B', 'C', 'AA']);
    expect(rows[2]).toEqual({ pseudonym: 'C', name: 'gone', email: '' });
    expect(judgeKeyTable(rows)[2]).toEqual(['B', "'@李", 'li@example.com']);
  });

  it('names the export with the round and a short hash, without forbidden characters', () => {
    const sha = 'abcdef0123456789'.repeat(4);
    expect(shortHash(sha)).toBe('abcdef01');
    expect(exportFileName('大赛: 第1届', '初评/网评', sha)).toBe('大赛 第1届 初评 网评 judging-export abcdef01.json');
  });

  it('neutralises formula-like text only', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', 'ok'].map(neutralizeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      'ok',
    ]);
  });
});
