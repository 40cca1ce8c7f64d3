// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkPeople,
  DUPLICATE_MESSAGE,
  NO_EMAIL_MESSAGE,
  parsePastedPeople,
  parsePeopleTable,
  sendablePeople,
} from './parse-people';

describe('parsePastedPeople', () => {
  it('reads a name and an email separated by spaces, commas, tabs, or an email alone', () => {
    const text = [
      '张三 zhang@x.com',
      '李四, li@x.com',
      '王五，wang@x.com',
      '赵六\tzhao@x.com',
      'solo@x.com',
      '',
      '   ',
      'John Smith john@x.com',
      'qian@x.com 钱七',
      '孙八 <sun@x.com>',
      '周九<zhou@x.com>',
    ].join('\n');
    expect(parsePastedPeople(text)).toEqual([
      { line: 1, name: '张三', email: 'zhang@x.com' },
      { line: 2, name: '李四', email: 'li@x.com' },
      { line: 3, name: '王五', email: 'wang@x.com' },
      { line: 4, name: '赵六', email: 'zhao@x.com' },
      { line: 5, name: '', email: 'solo@x.com' },
      { line: 8, name: 'John Smith', email: 'john@x.com' },
      { line: 9, name: '钱七', email: 'qian@x.com' },
      { line: 10, name: '孙八', email: 'sun@x.com' },
      { line: 11, name: '周九', email: 'zhou@x.com' },
    ]);
  });

  it('keeps a line without an email as a name, to be reported', () => {
    expect(parsePastedPeople('张三 zhang.x.com\r\n')).toEqual([{ line: 1, name: '张三 zhang.x.com', email: '' }]);
  });
});

describe('parsePeopleTable', () => {
  it('uses the columns a header row names, in any case and order', () => {
    const rows = [
      ['序号', 'EMAIL', '单位', '姓名'],
      ['1', 'Zhang@X.com', '青海大学', '张三'],
      ['', '', '', ''],
      ['2', 'li@x.com', '', '李四'],
    ];
    expect(parsePeopleTable(rows)).toEqual([
      { line: 2, name: '张三', email: 'Zhang@X.com' },
      { line: 4, name: '李四', email: 'li@x.com' },
    ]);
  });

  it('reads Chinese headers and a header with only an email column', () => {
    expect(parsePeopleTable([['邮箱地址'], ['a@x.com']])).toEqual([{ line: 2, name: '', email: 'a@x.com' }]);
    expect(
      parsePeopleTable([
        ['姓名', '电子邮箱'],
        ['张三', 'z@x.com'],
      ]),
    ).toEqual([{ line: 2, name: '张三', email: 'z@x.com' }]);
  });

  it('without a header takes the first two columns, the email being the one with an @', () => {
    const rows = [
      ['张三', 'zhang@x.com', 'ignored@x.com'],
      ['li@x.com', '李四'],
    ];
    expect(parsePeopleTable(rows)).toEqual([
      { line: 1, name: '张三', email: 'zhang@x.com' },
      { line: 2, name: '李四', email: 'li@x.com' },
    ]);
  });

  it('reads nothing from an empty sheet', () => {
    expect(parsePeopleTable([])).toEqual([]);
  });
});

describe('checkPeople', () => {
  it('lower-cases emails and reports missing, malformed and repeated ones and bad names', () => {
    const checked = checkPeople([
      { line: 1, name: ' 张三 ', email: ' Zhang@X.com ' },
      { line: 2, name: '张三', email: 'zhang@x.com' },
      { line: 3, name: '李四', email: 'li@' },
      { line: 4, name: '王五', email: '' },
      { line: 5, name: 'x'.repeat(101), email: 'long@x.com' },
      { line: 6, name: '赵\u0007六', email: 'zhao@x.com' },
    ]);
    expect(
      checked.map((r) => [r.name.length > 10 ? 'long' : r.name, r.email, r.problems.map((p) => p.message)]),
    ).toEqual([
      ['张三', 'zhang@x.com', []],
      ['张三', 'zhang@x.com', [DUPLICATE_MESSAGE]],
      ['李四', 'li@', ['validation.emailInvalid']],
      ['王五', '', [NO_EMAIL_MESSAGE]],
      ['long', 'long@x.com', ['validation.tooLong']],
      ['赵\u0007六', 'zhao@x.com', ['validation.invalidChars']],
    ]);
    expect(checked[4]?.problems[0]?.field).toBe('name');
    expect(sendablePeople(checked)).toEqual([{ name: '张三', email: 'zhang@x.com' }]);
  });
});
