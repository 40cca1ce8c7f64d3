import { ForbiddenContent } from '@/components/status-pages';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/dashboard`: the organizer's live view of a round's judging. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <DashboardPage competition={competition} />;
}
