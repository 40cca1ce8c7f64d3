// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toAdvanceError } from './advance-error';

describe('toAdvanceError', () => {
  it('reads the refusals by reason, with the entries they name', () => {
    expect(toAdvanceError({ code: 'functions/failed-precondition', details: { reason: 'not-computed' } })).toEqual({
      kind: 'not-computed',
      entryIds: [],
    });
    expect(
      toAdvanceError({ code: 'functions/invalid-argument', details: { reason: 'not-tied', entryIds: ['e1', 3] } }),
    ).toEqual({ kind: 'not-tied', entryIds: ['e1'] });
  });

  it('maps the other codes', () => {
    expect(toAdvanceError({ code: 'functions/invalid-argument', details: { problems: [] } }).kind).toBe('invalid');
    expect(toAdvanceError({ code: 'functions/permission-denied' }).kind).toBe('permission');
    expect(toAdvanceError({ code: 'functions/unavailable' }).kind).toBe('network');
    expect(toAdvanceError({ code: 'functions/failed-precondition', details: { reason: 'other' } }).kind).toBe(
      'unknown',
    );
    expect(toAdvanceError(new Error('x')).kind).toBe('unknown');
  });
});
