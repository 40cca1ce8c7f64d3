import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
import { EntryPage } from '@/features/team';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/team/entries/:eid`: the team's entry form, deck and submission. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { eid = '' } = useParams();
  if (member.role !== 'team') return <ForbiddenContent />;
  return <EntryPage competition={competition} entryId={eid} />;
}
