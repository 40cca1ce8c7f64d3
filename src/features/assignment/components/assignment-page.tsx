import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
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
  const { language } = useLanguage();
  // Before anything is open, the first round: the one assigned first.
  const [round, pickRound] = useRoundParam(competition, 'first');

  return (
    <div className={styles.page} data-testid="assignment-page">
      <PageHeader
        eyebrow={t('roles.organizer')}
        title={t('assignment.title')}
        meta={
          <>
            <span>{pickLocalized(language, competition.title, competition.titleEn)}</span>
            <Link to={paths.roleHome(competition.id, 'organizer')}>{t('assignment.backToOverview')}</Link>
          </>
        }
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
