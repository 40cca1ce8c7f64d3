import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useAssignmentSetup } from '../hooks/use-assignment-setup';
import { AssignmentWorkspace } from './assignment-workspace';

/** Loads what one round's assignment starts from (judges, entries, stored plan), then the workspace. */
export function RoundAssignment({ competition, round }: { competition: Competition; round: Round }) {
  const { t } = useTranslation();
  const setup = useAssignmentSetup(competition.id, round.id);
  // The server refuses any change to a closed round: say so instead of offering a preview.
  if (round.status === 'closed')
    return (
      <Card>
        <p>{t('assignment.closed')}</p>
      </Card>
    );
  if (setup.status === 'loading')
    return (
      <Card>
        <Skeleton lines={6} />
      </Card>
    );
  if (setup.status === 'error') return <ErrorState error={setup.error} onRetry={setup.retry} />;
  if (setup.data.judges.length === 0)
    return (
      <Card>
        <p>{t('assignment.noJudges')}</p>
      </Card>
    );
  return <AssignmentWorkspace competition={competition} round={round} setup={setup.data} />;
}
