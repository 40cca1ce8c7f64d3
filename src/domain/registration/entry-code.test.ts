// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePrefixProblem, compareEntryCodes, entryCode, parseEntryCode } from './entry-code';

describe('entryCode', () => {
  it('pads the number to three digits, more when needed', () => {
    expect(entryCode('E', 17)).toBe('E-017');
    expect(entryCode('T', 5)).toBe('T-005');
    expect(entryCode('E', 999)).toBe('E-999');
    expect(entryCode('E', 1000)).toBe('E-1000');
    expect(entryCode('S', 123456)).toBe('S-123456');
  });

  it('refuses prefixes that are not one capital letter and numbers that are not positive integers', () => {
    for (const prefix of ['', 'e', 'EN', '1', '-', 'É']) expect(() => entryCode(prefix, 1), prefix).toThrow(RangeError);
    for (const n of [0, -1, 1.5, NaN, Infinity, 2 ** 53])
      expect(() => entryCode('E', n), String(n)).toThrow(RangeError);
  });

  it('is distinct for distinct (prefix, number) pairs and parses back', () => {
    const prefix = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const n = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(prefix, n, prefix, n, (p1, n1, p2, n2) => {
        expect(parseEntryCode(entryCode(p1, n1))).toEqual({ prefix: p1, n: n1 });
        return (entryCode(p1, n1) === entryCode(p2, n2)) === (p1 === p2 && n1 === n2);
      }),
    );
  });
});

describe('parseEntryCode', () => {
  it('reads only codes entryCode makes', () => {
    for (const code of ['E-17', 'E-0017', 'E-000', 'e-017', 'E017', 'EE-017', 'E-017 ', '']) {
      expect(parseEntryCode(code), code).toBeNull();
    }
  });
});

describe('compareEntryCodes', () => {
  it('orders by prefix, then by number', () => {
    const codes = ['T-002', 'E-1000', 'x', 'E-999', 'E-017', 'T-001'];
    expect([...codes].sort(compareEntryCodes)).toEqual(['E-017', 'E-999', 'E-1000', 'T-001', 'T-002', 'x']);
  });
});

describe('codePrefixProblem', () => {
  it('wants one capital letter per track, distinct', () => {
    expect(codePrefixProblem([{ codePrefix: 'E' }, { codePrefix: 'T' }])).toBeNull();
    expect(codePrefixProblem([{ codePrefix: 'E' }, { codePrefix: 'E' }])).toEqual({ kind: 'duplicate', prefix: 'E' });
    expect(codePrefixProblem([{ codePrefix: 'e' }])).toEqual({ kind: 'invalid', prefix: 'e' });
  });
});
