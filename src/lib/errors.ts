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

/**
 * The code of a Cloud Functions callable error without the `functions/` prefix
 * the web SDK adds, so callable and Firestore errors share one vocabulary.
 */
export function callableCode(error: unknown): string | null {
  return errorCode(error)?.replace(/^functions\//, '') ?? null;
}

export function errorKind(error: unknown): ErrorKind {
  switch (callableCode(error)) {
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
