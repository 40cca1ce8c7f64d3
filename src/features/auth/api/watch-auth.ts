import { onAuthStateChanged, type User } from 'firebase/auth';
import type { SessionUser } from '@/lib/auth/session-store';
import { auth } from '@/lib/firebase/auth';

const toSessionUser = (user: User): SessionUser => ({
  uid: user.uid,
  email: user.email ?? '',
  displayName: user.displayName ?? '',
});

/**
 * Follows the Firebase session (kept across reloads by the SDK's default
 * local persistence). The first call comes once the persisted session has
 * been restored, so the UI can wait instead of flashing the sign-in page.
 */
export function watchAuthState(onChange: (user: SessionUser | null) => void): () => void {
  return onAuthStateChanged(auth, (user) => onChange(user ? toSessionUser(user) : null));
}
