import { ForbiddenContent } from '@/components/status-pages';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/judge/rounds/:rid/entries/:eid`: a judge scores one entry (placeholder). */
export function Component() {
  const { member } = useCompetitionOutlet();
  if (member.role !== 'judge') return <ForbiddenContent />;
  return null;
}
