import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
import { ScoringScreen } from '@/features/judging/components/scoring/scoring-screen';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/judge/rounds/:rid/entries/:eid`: a judge scores one entry. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { rid = '', eid = '' } = useParams();
  if (member.role !== 'judge') return <ForbiddenContent />;
  return <ScoringScreen competition={competition} member={member} roundId={rid} entryId={eid} />;
}
