import { Outlet } from 'react-router';
import { AuthLayout } from '@/components/layout/auth-layout';
import { RequireGuest } from '../guards/require-guest';

/** Sign-in, sign-up and reset: only for signed-out users. */
export function Component() {
  return (
    <RequireGuest>
      <AuthLayout>
        <Outlet />
      </AuthLayout>
    </RequireGuest>
  );
}
