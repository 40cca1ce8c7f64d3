import type { ReactNode } from 'react';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { useSessionStore } from '@/lib/auth/session-store';
import { safeNext } from '@/lib/paths';

/** Sign-in pages: a signed-in user moves on to where they were going. */
export function RequireGuest({ children }: { children?: ReactNode }) {
  const status = useSessionStore((s) => s.status);
  const [params] = useSearchParams();

  if (status === 'loading') return <Spinner fullPage />;
  if (status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;
  return children ?? <Outlet />;
}
