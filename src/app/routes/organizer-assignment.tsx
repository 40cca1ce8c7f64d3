import { ForbiddenContent } from '@/components/status-pages';
import { AssignmentPage } from '@/features/assignment/components/assignment-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/assignment`: assign judges to a round's entries. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <AssignmentPage competition={competition} />;
}
