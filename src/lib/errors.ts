/** What kind of failure an error is, for choosing a translated message. */
export type ErrorKind = 'network' | 'permission' | 'not-found' | 'unknown';

/**
 * Reads the `code` that Firebase errors carry (Firestore: 'unavailable',
 * Auth: 'auth/network-request-failed') without importing the SDK.
 */
export function errorCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}

export function errorKind(error: unknown): ErrorKind {
  const code = errorCode(error);
  switch (code) {
    case 'unavailable':
    case 'deadline-exceeded':
    case 'auth/network-request-failed':
    case 'storage/retry-limit-exceeded':
      return 'network';
    case 'permission-denied':
    case 'unauthenticated':
    case 'storage/unauthorized':
      return 'permission';
    case 'not-found':
    case 'storage/object-not-found':
      return 'not-found';
    default:
      return 'unknown';
  }
}

/** Thrown by api modules when a document the page needs does not exist. */
export class NotFoundError extends Error {
  readonly code = 'not-found';
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}
