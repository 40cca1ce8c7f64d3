import { signOut } from '@/features/auth';
import { useSessionStore } from '@/lib/auth/session-store';

/**
 * The header's user and sign-out. Signing out leads to the sign-in page via
 * the guard, which then forgets the current page on purpose.
 */
export function useShellProps() {
  const user = useSessionStore((s) => s.user);
  const markSigningOut = useSessionStore((s) => s.markSigningOut);
  const onSignOut = async () => {
    markSigningOut();
    await signOut();
  };
  return { user, onSignOut };
}
