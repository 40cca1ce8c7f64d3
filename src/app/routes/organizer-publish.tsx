import { ForbiddenContent } from '@/components/status-pages';
import { PublishPage } from '@/features/publication';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/publish`: publish a round's results, share the public page, download the exports. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <PublishPage competition={competition} />;
}
