import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { useSessionStore } from '@/lib/auth/session-store';
import { paths } from '@/lib/paths';

/**
 * Signed-in routes. While Firebase restores the session a spinner shows (no
 * flash of the sign-in page); signed out, the user goes to sign in and comes
 * back here afterwards, unless they signed out themselves.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const status = useSessionStore((s) => s.status);
  const signedOutOnPurpose = useSessionStore((s) => s.signedOutOnPurpose);
  const location = useLocation();

  if (status === 'loading') return <Spinner fullPage />;
  if (status === 'signed-out') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.signIn(signedOutOnPurpose ? null : here)} replace />;
  }
  return children ?? <Outlet />;
}
