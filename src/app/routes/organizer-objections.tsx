import { ForbiddenContent } from '@/components/status-pages';
import { ObjectionsPage } from '@/features/objections/components/objections-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/objections`: the teams' objections (异议) during public notice, and their answers. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <ObjectionsPage competition={competition} />;
}
