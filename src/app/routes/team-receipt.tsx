import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
import { TeamReceipt } from '@/features/team/components/receipt';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/team/entries/:eid/receipt`: a team's printable receipt. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { eid = '' } = useParams();
  if (member.role !== 'team') return <ForbiddenContent />;
  return <TeamReceipt key={eid} competition={competition} entryId={eid} />;
}
