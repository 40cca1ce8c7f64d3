import { Outlet } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { useGlobalNav } from '../use-global-nav';
import { useShellProps } from '../use-shell-props';

/** The app frame outside any competition (home redirect, chooser). */
export function Component() {
  return (
    <AppShell {...useShellProps()} navItems={useGlobalNav()}>
      <Outlet />
    </AppShell>
  );
}
