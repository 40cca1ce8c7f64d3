import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { LiveRoundPage } from '../components/live-round-page';
import { FairnessBody } from './fairness-body';

/**
 * The fairness panel (`/c/:cid/organizer/fairness`): for one round, each
 * judge's statistics beside the panel's, their distributions, and the
 * entries where judges disagree, with re-review and reopening from there.
 * Computed live from the round's sheets by the one results engine, from the
 * same data as the results preview.
 */
export function FairnessPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  return (
    <LiveRoundPage
      competition={competition}
      testId="fairness-page"
      title={t('fairness.title')}
      intro={t('fairness.intro')}
      roundLabel={t('fairness.round')}
      Body={FairnessBody}
    />
  );
}
