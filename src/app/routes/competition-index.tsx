import { Navigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid`: to the home of the user's role there. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  return <Navigate to={paths.roleHome(competition.id, member.role)} replace />;
}
