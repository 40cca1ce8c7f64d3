// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toAssignError } from './assign-error';

describe('toAssignError', () => {
  it('reads the structured problems of an impossible request', () => {
    const problem = { code: 'empty-pool', trackId: 'team' };
    expect(
      toAssignError({ code: 'functions/failed-precondition', details: { problems: [problem, 'text', { code: 'x' }] } }),
    ).toEqual({
      kind: 'impossible',
      problems: [problem, { code: 'engine', text: 'text' }, { code: 'engine', text: '{"code":"x"}' }],
    });
    expect(toAssignError({ code: 'functions/failed-precondition' })).toEqual({ kind: 'refused', problems: [] });
  });

  it('maps the other codes', () => {
    expect(toAssignError({ code: 'functions/invalid-argument' }).kind).toBe('invalid');
    expect(toAssignError({ code: 'functions/permission-denied' }).kind).toBe('permission');
    expect(toAssignError({ code: 'functions/unavailable' }).kind).toBe('network');
    expect(toAssignError(new Error('boom')).kind).toBe('unknown');
  });
});
