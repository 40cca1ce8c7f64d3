import { useParams } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { signOut } from '@/features/auth';
import { InvitePage } from '@/features/people/components/invite-page';
import { useGlobalNav } from '../use-global-nav';
import { useShellProps } from '../use-shell-props';

/**
 * `/invite/:cid/:token`: an invitation, signed in or not. Signing out from
 * here stays here (to sign in with the invited email), unlike the header's
 * sign-out.
 */
export function Component() {
  const { cid = '', token = '' } = useParams();
  return (
    <AppShell {...useShellProps()} navItems={useGlobalNav()}>
      <InvitePage key={`${cid}/${token}`} cid={cid} token={token} onSignOut={signOut} />
    </AppShell>
  );
}
