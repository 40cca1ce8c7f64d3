// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toSaveError } from './save-error';

describe('toSaveError', () => {
  it('reads a refusal with the engine’s problems', () => {
    expect(
      toSaveError({
        code: 'functions/failed-precondition',
        details: { problems: ['sheets[0] (entry e1, judge j1): score 11 out of range', 3] },
      }),
    ).toEqual({ kind: 'refused', problems: ['sheets[0] (entry e1, judge j1): score 11 out of range'] });
    expect(toSaveError({ code: 'functions/failed-precondition' })).toEqual({ kind: 'refused', problems: [] });
  });

  it('maps the other codes', () => {
    expect(toSaveError({ code: 'functions/permission-denied' }).kind).toBe('permission');
    expect(toSaveError({ code: 'functions/unauthenticated' }).kind).toBe('permission');
    expect(toSaveError({ code: 'functions/not-found' }).kind).toBe('not-found');
    expect(toSaveError({ code: 'functions/unavailable' }).kind).toBe('network');
    expect(toSaveError({ code: 'functions/internal' }).kind).toBe('unknown');
    expect(toSaveError(new Error('boom')).kind).toBe('unknown');
  });
});
