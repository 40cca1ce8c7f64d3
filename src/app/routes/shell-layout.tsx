import { Outlet } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { useShellProps } from '../use-shell-props';

/** The app frame outside any competition (home redirect, chooser). */
export function Component() {
  return (
    <AppShell {...useShellProps()}>
      <Outlet />
    </AppShell>
  );
}
