import { useParams } from 'react-router';
import { PublicCompetition, type Viewer } from '@/features/competitions';
import { useSessionStore } from '@/lib/auth/session-store';

/** `/explore/:cid`: one public competition and the way to register. */
export function Component() {
  const { cid = '' } = useParams();
  const status = useSessionStore((s) => s.status);
  const uid = useSessionStore((s) => s.user?.uid ?? null);
  const viewer: Viewer =
    status === 'signed-in' && uid
      ? { status: 'signed-in', uid }
      : { status: status === 'loading' ? 'loading' : 'signed-out' };
  return <PublicCompetition key={cid} cid={cid} viewer={viewer} />;
}
