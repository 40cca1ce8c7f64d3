import { describe, expect, it } from 'vitest';
import { toPublishError } from './publish-results';

const callableError = (code: string, details?: unknown) =>
  Object.assign(new Error('x'), { code: `functions/${code}`, details });

describe('toPublishError', () => {
  it('reads the refusals publishResults names', () => {
    expect(toPublishError(callableError('failed-precondition', { reason: 'not-computed' }))).toBe('not-computed');
    expect(toPublishError(callableError('invalid-argument', { reason: 'reason-required' }))).toBe('reason-required');
    expect(toPublishError(callableError('aborted', { reason: 'computed-again' }))).toBe('computed-again');
    expect(toPublishError(callableError('data-loss', { reason: 'export-mismatch' }))).toBe('export-mismatch');
    expect(toPublishError(callableError('failed-precondition', { reason: 'no-confidence' }))).toBe('no-confidence');
  });

  it('maps field errors, refusals and transport failures', () => {
    expect(toPublishError(callableError('invalid-argument', { fields: [] }))).toBe('invalid');
    expect(toPublishError(callableError('failed-precondition'))).toBe('refused');
    expect(toPublishError(callableError('permission-denied'))).toBe('permission');
    expect(toPublishError(callableError('unavailable'))).toBe('network');
    expect(toPublishError(new Error('boom'))).toBe('unknown');
  });
});
