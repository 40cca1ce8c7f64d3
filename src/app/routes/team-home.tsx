import { ForbiddenContent } from '@/components/status-pages';
import { TeamHome } from '@/features/team';
import { useCompetitionOutlet } from '../competition-context';

export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'team') return <ForbiddenContent />;
  return <TeamHome competition={competition} entryIds={member.entryIds} />;
}
