import { ForbiddenContent } from '@/components/status-pages';
import { AdvancePage } from '@/features/advance';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/advance`: advance a round's top N to the next round (organizers). */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <AdvancePage competition={competition} />;
}
