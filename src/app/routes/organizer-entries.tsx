import { ForbiddenContent } from '@/components/status-pages';
import { EntriesPage } from '@/features/entry-admin/components/entries-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/entries`: every entry with its team, filtered, searched and exported. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <EntriesPage competition={competition} />;
}
