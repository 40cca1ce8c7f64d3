import { Outlet } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { useGlobalNav } from '../use-global-nav';
import { useShellProps } from '../use-shell-props';

/** `/explore/*`: public pages, signed in or not, in the app frame. */
export function Component() {
  return (
    <AppShell {...useShellProps()} navItems={useGlobalNav()}>
      <Outlet />
    </AppShell>
  );
}
