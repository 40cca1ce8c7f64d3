import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { useRoundParam } from '@/lib/use-round-param';
import { RoundAssignment } from './round-assignment';
import { RoundSelect } from '@/components/ui/round-select';
import styles from './assignment.module.css';

/**
 * The organizer's assignment of judges to a round's entries: choose the
 * round, the strategy, k and the judges per track; preview what the engine
 * (on the server, `assignRound`) proposes; then commit it.
 */
export function AssignmentPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  // Before anything is open, the first round: the one assigned first.
  const [round, pickRound] = useRoundParam(competition, 'first');

  return (
    <div className={styles.page} data-testid="assignment-page">
      <OrganizerPageHeader
        competition={competition}
        title={t('assignment.title')}
        backLabel={t('assignment.backToOverview')}
      />
      {round === null ? (
        <Card>
          <p>{t('assignment.noRounds')}</p>
        </Card>
      ) : (
        <>
          <Card>
            <div className={styles.intro}>
              <RoundSelect
                label={t('assignment.round')}
                rounds={competition.rounds}
                value={round.id}
                onChange={pickRound}
              />
              <p className={styles.muted}>{t('assignment.intro')}</p>
            </div>
          </Card>
          <RoundAssignment key={round.id} competition={competition} round={round} />
        </>
      )}
    </div>
  );
}
