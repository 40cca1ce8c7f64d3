import { ForbiddenContent } from '@/components/status-pages';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/assignment`: assign judges to a round's entries (placeholder). */
export function Component() {
  const { member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return null;
}
