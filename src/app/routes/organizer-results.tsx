import { ForbiddenContent } from '@/components/status-pages';
import { ResultsPreview } from '@/features/results';
import { useCompetitionOutlet } from '../competition-context';

export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <ResultsPreview competition={competition} />;
}
