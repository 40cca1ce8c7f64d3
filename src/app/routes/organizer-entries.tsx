import { useTranslation } from 'react-i18next';
import { ForbiddenContent } from '@/components/status-pages';
import { PageHeader } from '@/components/ui/page-header';
import { useCompetitionOutlet } from '../competition-context';

/** Placeholder: built by issue 9. */
export function Component() {
  const { member } = useCompetitionOutlet();
  const { t } = useTranslation();
  if (member.role !== 'organizer') return <ForbiddenContent />;
  return <PageHeader title={t('entryAdmin.title')} />;
}
