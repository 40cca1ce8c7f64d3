import { ForbiddenContent } from '@/components/status-pages';
import { StagePage } from '@/features/stage';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/stage?round=`: the stage control of a roadshow round (organizers). */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <StagePage competition={competition} />;
}
