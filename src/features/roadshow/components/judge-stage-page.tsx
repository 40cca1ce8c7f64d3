import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { PageHeader } from '@/components/ui/page-header';

/** A judge's phone following a roadshow round's stage. Placeholder until issue 11 lands. */
export function JudgeStagePage({ competition, roundId }: { competition: Competition; uid: string; roundId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="judge-stage-page" data-competition={competition.id} data-round={roundId}>
      <PageHeader eyebrow={t('roles.judge')} title={t('roadshow.title')} />
    </div>
  );
}
