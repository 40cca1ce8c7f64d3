import { ForbiddenContent } from '@/components/status-pages';
import { JudgeHome } from '@/features/judging/components/judge-home';
import { useCompetitionOutlet } from '../competition-context';

export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'judge') return <ForbiddenContent />;
  return <JudgeHome competition={competition} uid={member.uid} />;
}
