// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, type JudgingExportV1 } from '../results';
import { assignPseudonyms, pseudonymIndex, pseudonymizeExport, pseudonymLetter } from './pseudonyms';

describe('pseudonym letters', () => {
  it('count A…Z, then AA, AB, … like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(pseudonymLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('read back to their index, and nothing else does', () => {
    for (let i = 0; i < 1000; i++) expect(pseudonymIndex(pseudonymLetter(i))).toBe(i);
    expect(['', 'a', 'A1', 'uid'].map(pseudonymIndex)).toEqual([-1, -1, -1, -1]);
    expect(() => pseudonymLetter(-1)).toThrow();
  });
});

describe('assignPseudonyms', () => {
  it('names new judges in sorted-uid order, whatever order they come in', () => {
    const a = assignPseudonyms({}, ['u3', 'u1', 'u2', 'u1']);
    const b = assignPseudonyms({}, ['u2', 'u3', 'u1']);
    expect(a.byUid).toEqual({ u1: 'A', u2: 'B', u3: 'C' });
    expect(b.byUid).toEqual(a.byUid);
    expect(a.added).toEqual(a.byUid);
  });

  it('keeps every letter already given and continues after the highest', () => {
    const out = assignPseudonyms({ zed: 'A', amy: 'C' }, ['amy', 'new2', 'new1', 'zed']);
    expect(out.byUid).toEqual({ zed: 'A', amy: 'C', new1: 'D', new2: 'E' });
    expect(out.added).toEqual({ new1: 'D', new2: 'E' });
  });

  it('adds nothing when every judge has a letter', () => {
    expect(assignPseudonyms({ u1: 'A' }, ['u1']).added).toEqual({});
  });

  it('goes on past Z', () => {
    const uids = Array.from({ length: 28 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    const { byUid } = assignPseudonyms({}, uids);
    expect([byUid.u00, byUid.u25, byUid.u26, byUid.u27]).toEqual(['A', 'Z', 'AA', 'AB']);
  });

  it('does not let a uid that looks like a map key leak through', () => {
    expect(assignPseudonyms({}, ['__proto__', 'constructor']).byUid).toEqual(
      Object.fromEntries([
        ['__proto__', 'A'],
        ['constructor', 'B'],
      ]),
    );
  });
});

describe('pseudonymizeExport', () => {
  const exported: JudgingExportV1 = {
    format: EXPORT_FORMAT,
    competition: {
      id: 'c',
      rubric: { criteria: [{ id: 'a', weight: 1, max: 10 }] },
      aggregation: { method: 'mean', normalization: 'none' },
      ranking: { scope: 'overall' },
    },
    entries: [{ id: 'e1' }, { id: 'e2' }],
    sheets: [
      { entryId: 'e1', judgeId: 'uid-a', status: 'submitted', scores: { a: 1 } },
      { entryId: 'e1', judgeId: 'uid-b', status: 'submitted', scores: { a: 2 } },
      { entryId: 'e2', judgeId: 'uid-a', status: 'submitted', scores: { a: 3 } },
    ],
  };

  it('replaces every uid by its letter and sorts the sheets by entry, then letter', () => {
    const out = pseudonymizeExport(exported, { 'uid-a': 'B', 'uid-b': 'A' });
    expect(out.sheets.map((s) => [s.entryId, s.judgeId, s.scores?.a])).toEqual([
      ['e1', 'A', 2],
      ['e1', 'B', 1],
      ['e2', 'B', 3],
    ]);
    expect(JSON.stringify(out)).not.toContain('uid-');
    expect(exported.sheets[0]!.judgeId).toBe('uid-a');
  });

  it('refuses a judge without a letter rather than publish the uid', () => {
    expect(() => pseudonymizeExport(exported, { 'uid-a': 'A' })).toThrow(/no pseudonym/);
  });
});
