import { useParams } from 'react-router';
import { ForbiddenContent } from '@/components/status-pages';
import { JudgeStagePage } from '@/features/judging/components/stage/judge-stage-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/judge/stage/:rid`: a judge's phone following a roadshow round's stage. */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  const { rid = '' } = useParams();
  if (member.role !== 'judge') return <ForbiddenContent />;
  return <JudgeStagePage competition={competition} uid={member.uid} roundId={rid} />;
}
