import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { PageHeader } from '@/components/ui/page-header';

/** The stage control of a roadshow round (`/c/:cid/organizer/stage?round=`). Placeholder until issue 11 lands. */
export function StagePage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  return (
    <div data-testid="stage-page" data-competition={competition.id}>
      <PageHeader eyebrow={t('roles.organizer')} title={t('stage.title')} />
    </div>
  );
}
