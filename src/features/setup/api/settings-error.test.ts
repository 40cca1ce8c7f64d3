// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toSettingsError } from './settings-error';

describe('toSettingsError', () => {
  it('reads field refusals, keeping only well-formed ones', () => {
    const error = {
      code: 'functions/invalid-argument',
      details: { fields: [{ path: 'criteria.0.step', message: 'validation.stepNotDivisor' }, { path: 3 }] },
    };
    expect(toSettingsError(error)).toEqual({
      kind: 'fields',
      fields: [{ path: 'criteria.0.step', message: 'validation.stepNotDivisor' }],
    });
  });

  it('reads a business refusal with its reason and params', () => {
    const error = { code: 'functions/failed-precondition', details: { reason: 'rubric-locked', roundId: 'review' } };
    expect(toSettingsError(error)).toEqual({
      kind: 'refused',
      reason: 'rubric-locked',
      details: { reason: 'rubric-locked', roundId: 'review' },
    });
  });

  it('falls back to the error kind', () => {
    expect(toSettingsError({ code: 'functions/unavailable' })).toEqual({ kind: 'network' });
    expect(toSettingsError({ code: 'functions/invalid-argument' })).toEqual({ kind: 'unknown' });
  });
});
