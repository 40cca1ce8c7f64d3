import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { LiveRoundPage } from './live-round-page';
import { PreviewBody } from './preview-body';
import { SaveComputation } from './save-computation';

/**
 * The organizer's live results preview: a round's results computed in the
 * browser by the one results engine from the sheets as they are now, and
 * again each time a sheet changes (the sheets are listened to), with
 * each entry's breakdown and the judges' statistics; and the button that
 * has the server compute and store them.
 */
export function ResultsPreview({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  return (
    <LiveRoundPage
      competition={competition}
      testId="results-preview"
      title={t('results.title')}
      intro={t('results.intro')}
      roundLabel={t('results.round')}
      footer={(roundId) => <SaveComputation competitionId={competition.id} roundId={roundId} />}
      Body={PreviewBody}
    />
  );
}
