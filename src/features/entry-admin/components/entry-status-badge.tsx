import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { EntryStatus } from '@/domain/model';

const tone: Record<EntryStatus, BadgeTone> = {
  draft: 'neutral',
  submitted: 'success',
  withdrawn: 'warning',
  disqualified: 'danger',
};

export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tone[status]}>{t(`competition.entryStatus.${status}`)}</Badge>;
}
