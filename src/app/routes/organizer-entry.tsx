import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
import { EntryAdminPage } from '@/features/entry-admin/components/entry-admin-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/entries/:eid`: one entry as the organizer sees it. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { eid = '' } = useParams();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <EntryAdminPage key={eid} competition={competition} eid={eid} />;
}
