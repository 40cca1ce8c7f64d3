// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DECK_MAX_BYTES, uploadProblem } from './deck';

describe('uploadProblem', () => {
  const deck = 'competitions/c1/entries/e1/deck.pdf';
  it('accepts a PDF deck up to 20 MiB, and the functions’ own published exports', () => {
    expect(uploadProblem(deck, 'application/pdf', DECK_MAX_BYTES)).toBeNull();
    expect(uploadProblem('competitions/c1/published/v1/export.json', 'application/json', 10)).toBeNull();
  });
  it('refuses other types, bigger files and other paths', () => {
    expect(uploadProblem(deck, 'image/png', 10)).toEqual({ kind: 'type', contentType: 'image/png' });
    expect(uploadProblem(deck, undefined, 10)).toEqual({ kind: 'type', contentType: null });
    expect(uploadProblem(deck, 'application/pdf', DECK_MAX_BYTES + 1)).toEqual({
      kind: 'size',
      size: DECK_MAX_BYTES + 1,
    });
    expect(uploadProblem('competitions/c1/entries/e1/other.pdf', 'application/pdf', 10)).toEqual({ kind: 'path' });
    expect(uploadProblem('users/u1/deck.pdf', 'application/pdf', 10)).toEqual({ kind: 'path' });
  });
});
