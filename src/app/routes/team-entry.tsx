import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
// Not through the feature's index: the team home must not load the entry page
// (the full Firestore SDK, the form, the deck upload) with it.
import { EntryPage } from '@/features/team/components/entry-form';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/team/entries/:eid`: the team's entry form, deck and submission. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { eid = '' } = useParams();
  if (member.role !== 'team') return <ForbiddenContent />;
  return <EntryPage competition={competition} entryId={eid} />;
}
