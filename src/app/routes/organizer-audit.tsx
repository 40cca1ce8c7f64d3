import { ForbiddenContent } from '@/components/status-pages';
import { AuditLogPage } from '@/features/audit-log';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/audit`: the competition's audit trail (organizers). */
export function Component() {
  const { competition, member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <AuditLogPage competition={competition} />;
}
