// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDeckFile, classifyObjectPath, DECK_MAX_BYTES, deckMetadataProblem, startsLikePdf } from './deck';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('classifyObjectPath', () => {
  it('recognises an entry file by its folder (its name is checked apart)', () => {
    expect(classifyObjectPath('competitions/c1/entries/e1/files/q-cert.pdf')).toEqual({
      kind: 'entry-file',
      competitionId: 'c1',
      entryId: 'e1',
      name: 'q-cert.pdf',
    });
    expect(classifyObjectPath('competitions/c1/entries/e1/files/a/b.pdf')).toEqual({ kind: 'unknown' });
    expect(classifyObjectPath('competitions/__x__/entries/e1/files/q.pdf')).toEqual({ kind: 'unknown' });
    expect(classifyObjectPath('competitions/c1/entries/e1/files/')).toEqual({ kind: 'unknown' });
  });

  it("recognises a deck, exports and the publishing functions' JSON, nothing else", () => {
    expect(classifyObjectPath('competitions/c1/entries/e1/deck.pdf')).toEqual({
      kind: 'deck',
      competitionId: 'c1',
      entryId: 'e1',
    });
    expect(classifyObjectPath('public/c1/v1/export.json')).toEqual({
      kind: 'published-export',
      competitionId: 'c1',
      versionId: 'v1',
    });
    const sha = 'ab'.repeat(32);
    expect(classifyObjectPath(`competitions/c1/exports/${sha}.json`)).toEqual({
      kind: 'stored-export',
      competitionId: 'c1',
      sha256: sha,
    });
    for (const results of [
      `competitions/c1/exports/${sha}.results.json`,
      `competitions/c1/exports/${sha}.confidence.json`,
      'public/c1/v12/results.json',
      'public/c1/results.json',
    ]) {
      expect(classifyObjectPath(results)).toEqual({ kind: 'results-json', competitionId: 'c1' });
    }
    for (const other of [
      'competitions/c1/entries/e1/other.pdf',
      'competitions/c1/entries/e1/x/deck.pdf',
      'competitions/c1/published/v1/export.json',
      'public/c1/v1/page.html',
      'public/c1/v1/export.json/x',
      'public/c1/v0/export.json',
      'public/c1/index.html',
      `competitions/c1/exports/${'AB'.repeat(32)}.json`,
      'competitions/c1/exports/abc.json',
      'users/u1/deck.pdf',
      'competitions/__x__/entries/e1/deck.pdf',
      'competitions/c1/entries/a.b/deck.pdf',
      'public/__c__/v1/export.json',
    ]) {
      expect(classifyObjectPath(other)).toEqual({ kind: 'unknown' });
    }
  });
});

describe('deckMetadataProblem', () => {
  it('accepts a PDF up to 20 MiB', () => {
    expect(deckMetadataProblem('application/pdf', DECK_MAX_BYTES)).toBeNull();
    expect(deckMetadataProblem('application/pdf', 0)).toBeNull();
  });
  it('refuses other types and bigger or unknown sizes', () => {
    expect(deckMetadataProblem('image/png', 10)).toEqual({ kind: 'type', contentType: 'image/png' });
    expect(deckMetadataProblem('text/html', 10)).toEqual({ kind: 'type', contentType: 'text/html' });
    expect(deckMetadataProblem(undefined, 10)).toEqual({ kind: 'type', contentType: null });
    expect(deckMetadataProblem('application/pdf', DECK_MAX_BYTES + 1)).toEqual({
      kind: 'size',
      size: DECK_MAX_BYTES + 1,
    });
    expect(deckMetadataProblem('application/pdf', NaN)).toEqual({ kind: 'size', size: NaN });
  });
});

describe('startsLikePdf', () => {
  it('checks the magic bytes, not the name or the declared type', () => {
    expect(startsLikePdf(bytes('%PDF-1.7\n'))).toBe(true);
    expect(startsLikePdf(bytes('%PDF-'))).toBe(true);
    expect(startsLikePdf(bytes('<html><script>'))).toBe(false);
    expect(startsLikePdf(bytes('%PDF'))).toBe(false);
    expect(startsLikePdf(bytes(' %PDF-1.7'))).toBe(false);
    expect(startsLikePdf(new Uint8Array())).toBe(false);
  });
});

describe('checkDeckFile', () => {
  it('refuses an empty file, a renamed non-PDF and one over 20 MiB before uploading', () => {
    expect(checkDeckFile(bytes('%PDF-1.7'), 1000)).toEqual({ ok: true });
    expect(checkDeckFile(bytes('%PDF-1.7'), DECK_MAX_BYTES)).toEqual({ ok: true });
    expect(checkDeckFile(bytes('%PDF-1.7'), DECK_MAX_BYTES + 1)).toEqual({ ok: false, problem: 'size' });
    expect(checkDeckFile(bytes('hello, world'), 12)).toEqual({ ok: false, problem: 'not-pdf' });
    expect(checkDeckFile(new Uint8Array(), 0)).toEqual({ ok: false, problem: 'empty' });
  });
});
