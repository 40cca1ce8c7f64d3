import { ForbiddenContent } from '@/components/status-pages';
import { useCompetitionOutlet } from '../competition-context';

// Placeholder while the page is being built (issue 7).
export function Component() {
  const { member } = useCompetitionOutlet();
  if (member.role !== 'team') return <ForbiddenContent />;
  return null;
}
