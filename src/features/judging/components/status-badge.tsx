import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { WorkStatus } from '../utils/work-rows';

const tone: Record<WorkStatus, BadgeTone> = {
  'not-started': 'neutral',
  draft: 'warning',
  submitted: 'success',
  recused: 'danger',
};

export const statusKey = {
  'not-started': 'competition.sheetStatus.notStarted',
  draft: 'competition.sheetStatus.draft',
  submitted: 'competition.sheetStatus.submitted',
  recused: 'competition.sheetStatus.recused',
} as const;

/** The judge's sheet for an entry: not started, draft, submitted or recused. */
export function StatusBadge({ status }: { status: WorkStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tone[status]}>{t(statusKey[status])}</Badge>;
}
