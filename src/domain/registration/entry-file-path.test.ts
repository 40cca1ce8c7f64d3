// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entryFilePath, isEntryFilePath, parseEntryFilePath } from './entry-file-path';

describe('entry file paths', () => {
  it('builds and parses a path under the entry', () => {
    const path = entryFilePath('c1', 'e1', 'licence-2024.pdf');
    expect(path).toBe('competitions/c1/entries/e1/files/licence-2024.pdf');
    expect(parseEntryFilePath(path)).toEqual({ competitionId: 'c1', entryId: 'e1', name: 'licence-2024.pdf' });
  });

  it('refuses names outside [A-Za-z0-9._-]{1,100} and dot-only names', () => {
    for (const name of ['', '.', '..', 'a/b', '营业执照.pdf', 'a b.pdf', 'x'.repeat(101)]) {
      expect(() => entryFilePath('c1', 'e1', name), name).toThrow(RangeError);
      expect(isEntryFilePath(`competitions/c1/entries/e1/files/${name}`), name).toBe(false);
    }
    expect(isEntryFilePath(`competitions/c1/entries/e1/files/${'x'.repeat(100)}`)).toBe(true);
  });

  it('refuses other paths', () => {
    for (const path of [
      'competitions/c1/entries/e1/deck.pdf',
      'competitions/c1/entries/e1/files/',
      'competitions/c1/entries/e1/files/a/b',
      '/competitions/c1/entries/e1/files/a',
      'competitions//entries/e1/files/a',
      'https://example.com/competitions/c1/entries/e1/files/a',
    ]) {
      expect(isEntryFilePath(path), path).toBe(false);
    }
  });

  it('checks the entry when a scope is given', () => {
    const path = 'competitions/c1/entries/e1/files/a.pdf';
    expect(isEntryFilePath(path, { competitionId: 'c1', entryId: 'e1' })).toBe(true);
    expect(isEntryFilePath(path, { competitionId: 'c1', entryId: 'e2' })).toBe(false);
    expect(isEntryFilePath(path, { competitionId: 'c2', entryId: 'e1' })).toBe(false);
  });
});
