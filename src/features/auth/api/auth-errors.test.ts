// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { authErrorMessage } from './auth-errors';

describe('authErrorMessage', () => {
  it.each([
    ['auth/wrong-password', 'auth.errors.wrongPassword', 'password'],
    ['auth/user-not-found', 'auth.errors.userNotFound', 'email'],
    ['auth/email-already-in-use', 'auth.errors.emailInUse', 'email'],
    ['auth/too-many-requests', 'auth.errors.tooManyRequests', undefined],
    ['auth/network-request-failed', 'auth.errors.network', undefined],
    ['auth/invalid-credential', 'auth.errors.invalidCredential', undefined],
  ])('maps %s', (code, key, field) => {
    expect(authErrorMessage({ code })).toEqual(field ? { key, field } : { key });
  });

  it('falls back to a generic message for anything else', () => {
    expect(authErrorMessage(new Error('boom'))).toEqual({ key: 'auth.errors.unknown' });
    expect(authErrorMessage({ code: 'auth/something-new' })).toEqual({ key: 'auth.errors.unknown' });
  });
});
