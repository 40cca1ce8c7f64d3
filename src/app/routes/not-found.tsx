import { AppShell } from '@/components/layout/app-shell';
import { NotFoundContent } from '@/components/status-pages';
import { useShellProps } from '../use-shell-props';

/** Any unknown URL, signed in or not. */
export function Component() {
  return (
    <AppShell {...useShellProps()}>
      <NotFoundContent />
    </AppShell>
  );
}
