import { ForbiddenContent } from '@/components/status-pages';
import { SettingsPage } from '@/features/setup/components/settings/settings-page';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/settings`: everything the competition document holds, section by section, and its status. */
export function Component() {
  const { competition, member, replaceCompetition } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <SettingsPage competition={competition} onReloaded={replaceCompetition} />;
}
