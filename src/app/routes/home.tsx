import { Navigate } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { NoCompetition, useHomeMemberships } from '@/features/competitions';
import { useSessionStore, type SessionUser } from '@/lib/auth/session-store';
import { paths } from '@/lib/paths';

/**
 * `/`: to the user's home by membership. One competition: its role home;
 * several: the chooser; none: a friendly page.
 */
export function Component() {
  const user = useSessionStore((s) => s.user) as SessionUser;
  const homes = useHomeMemberships(user.uid);

  if (homes.status === 'loading') return <Spinner />;
  if (homes.status === 'error') return <ErrorState error={homes.error} onRetry={homes.retry} />;
  const [first, second] = homes.data;
  if (!first) return <NoCompetition email={user.email} />;
  if (second) return <Navigate to={paths.competitions} replace />;
  return <Navigate to={paths.roleHome(first.competitionId, first.role)} replace />;
}
