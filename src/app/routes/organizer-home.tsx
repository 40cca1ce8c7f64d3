import { ForbiddenContent } from '@/components/status-pages';
import { OrganizerHome } from '@/features/organizer';
import { useCompetitionOutlet } from '../competition-context';

export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <OrganizerHome competition={competition} />;
}
