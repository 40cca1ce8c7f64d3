import { useParams } from 'react-router';
import { TeamRegistration } from '@/features/competitions';
import { useSessionStore } from '@/lib/auth/session-store';
import { RequireAuth } from '../guards/require-auth';

/**
 * `/explore/:cid/register`: a team registers for a public competition
 * (signed in only; signing up from the competition page comes back here).
 */
export function Component() {
  return (
    <RequireAuth>
      <Registration />
    </RequireAuth>
  );
}

function Registration() {
  const { cid = '' } = useParams();
  const user = useSessionStore((s) => s.user);
  if (!user) return null; // RequireAuth renders this only for a signed-in user.
  return <TeamRegistration key={cid} cid={cid} uid={user.uid} email={user.email} />;
}
