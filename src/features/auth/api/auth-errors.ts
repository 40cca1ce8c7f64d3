import { tk, type TranslationKey } from '@/i18n/keys';
import { errorCode } from '@/lib/errors';

export interface AuthErrorMessage {
  key: TranslationKey;
  /** The form field the error belongs to; none: a message for the form. */
  field?: 'email' | 'password';
}

const byCode: Record<string, AuthErrorMessage> = {
  'auth/wrong-password': { key: tk('auth.errors.wrongPassword'), field: 'password' },
  'auth/user-not-found': { key: tk('auth.errors.userNotFound'), field: 'email' },
  // With email-enumeration protection Firebase no longer says which was wrong.
  'auth/invalid-credential': { key: tk('auth.errors.invalidCredential') },
  'auth/invalid-login-credentials': { key: tk('auth.errors.invalidCredential') },
  'auth/email-already-in-use': { key: tk('auth.errors.emailInUse'), field: 'email' },
  'auth/invalid-email': { key: tk('auth.errors.invalidEmail'), field: 'email' },
  'auth/missing-email': { key: tk('auth.validation.emailRequired'), field: 'email' },
  'auth/weak-password': { key: tk('auth.errors.weakPassword'), field: 'password' },
  'auth/missing-password': { key: tk('auth.validation.passwordRequired'), field: 'password' },
  'auth/too-many-requests': { key: tk('auth.errors.tooManyRequests') },
  'auth/network-request-failed': { key: tk('auth.errors.network') },
  'auth/user-disabled': { key: tk('auth.errors.userDisabled') },
};

/** A Firebase Auth error as a translated message key, never its raw text. */
export function authErrorMessage(error: unknown): AuthErrorMessage {
  const code = errorCode(error);
  return (code && byCode[code]) || { key: tk('auth.errors.unknown') };
}
