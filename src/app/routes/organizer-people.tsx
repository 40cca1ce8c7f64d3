import { ForbiddenContent } from '@/components/status-pages';
import { PeoplePage } from '@/features/people/components/people-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/people`: invitations, organizers and judges. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <PeoplePage competition={competition} member={member} />;
}
