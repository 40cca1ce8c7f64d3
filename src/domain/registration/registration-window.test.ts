// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { registrationWindow, type RegistrationWindowFacts } from './registration-window';

const open: RegistrationWindowFacts = {
  status: 'registration',
  visibility: 'public',
  submissionOpensAt: 1_000,
  submissionDeadline: 2_000,
};

describe('registrationWindow', () => {
  it('is open from the opening (inclusive) to the deadline (exclusive)', () => {
    expect(registrationWindow(open, 999)).toBe('not-yet');
    expect(registrationWindow(open, 1_000)).toBe('open');
    expect(registrationWindow(open, 1_999)).toBe('open');
    expect(registrationWindow(open, 2_000)).toBe('closed');
    expect(registrationWindow(open, NaN)).toBe('closed');
  });

  it('is unavailable for private competitions, whatever the time, and outside the registration phase', () => {
    expect(registrationWindow({ ...open, visibility: 'private' }, 1_500)).toBe('unavailable');
    expect(registrationWindow({ ...open, visibility: 'private' }, 3_000)).toBe('unavailable');
    for (const status of ['draft', 'review', 'final', 'closed'] as const) {
      expect(registrationWindow({ ...open, status }, 1_500), status).toBe('unavailable');
    }
    expect(registrationWindow({ ...open, status: 'review' }, 3_000)).toBe('closed');
  });
});
