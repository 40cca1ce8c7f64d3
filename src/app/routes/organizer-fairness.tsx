import { ForbiddenContent } from '@/components/status-pages';
import { FairnessPage } from '@/features/results/fairness/fairness-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/fairness`: the fairness panel (organizers only). */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <FairnessPage competition={competition} />;
}
