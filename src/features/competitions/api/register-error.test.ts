import { describe, expect, it } from 'vitest';
import { toRegisterError } from './register-error';

describe('toRegisterError', () => {
  it('reads a closed window and its deadline', () => {
    expect(
      toRegisterError({ code: 'functions/failed-precondition', details: { reason: 'window-closed', deadline: 42 } }),
    ).toEqual({ kind: 'window', window: 'closed', deadline: 42 });
    expect(toRegisterError({ code: 'functions/failed-precondition', details: { reason: 'window-not-yet' } })).toEqual({
      kind: 'window',
      window: 'not-yet',
      deadline: null,
    });
  });

  it('takes a refusal without a window reason for another role', () => {
    expect(toRegisterError({ code: 'functions/failed-precondition', message: 'You are already a judge' })).toEqual({
      kind: 'other-role',
    });
  });

  it('turns the problems of invalid-argument into fields, ignoring what it cannot place', () => {
    expect(
      toRegisterError({
        code: 'functions/invalid-argument',
        details: {
          problems: [
            'registration.contactPhone: validation.phoneInvalid',
            'registration.members.1.name: validation.required',
            'registration.teamName: validation.noSuchKey',
            'competitionId: may contain only letters',
            42,
          ],
        },
      }),
    ).toEqual({
      kind: 'invalid',
      fields: [
        { path: 'contactPhone', key: 'validation.phoneInvalid' },
        { path: 'members.1.name', key: 'validation.required' },
      ],
    });
    expect(toRegisterError({ code: 'functions/invalid-argument' })).toEqual({ kind: 'invalid', fields: [] });
  });

  it('counts an unanswered request (internal, unavailable) as a network failure', () => {
    expect(toRegisterError({ code: 'functions/internal', message: 'internal' })).toEqual({ kind: 'network' });
    expect(toRegisterError({ code: 'functions/unavailable' })).toEqual({ kind: 'network' });
    expect(toRegisterError({ code: 'functions/deadline-exceeded' })).toEqual({ kind: 'network' });
  });

  it('knows an expired session, a missing competition, and anything else', () => {
    expect(toRegisterError({ code: 'functions/unauthenticated' })).toEqual({ kind: 'signed-out' });
    expect(toRegisterError({ code: 'functions/not-found' })).toEqual({ kind: 'not-found' });
    expect(toRegisterError(new Error('boom'))).toEqual({ kind: 'unknown' });
  });
});
