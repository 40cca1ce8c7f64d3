import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { ForbiddenContent } from '@/components/status-pages';
import { useCompetitionOutlet } from '../competition-context';

/** `/c/:cid/organizer/publish`: placeholder until its feature lands (issue 10). */
export function Component() {
  const { t } = useTranslation();
  const { member } = useCompetitionOutlet();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <PageHeader title={t('publication.title')} />;
}
