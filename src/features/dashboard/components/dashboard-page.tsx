import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { RoundSelect } from '@/components/ui/round-select';
import type { Competition } from '@/domain/model';
import { useRoundParam } from '@/lib/use-round-param';
import { RoundDashboard } from './round-dashboard';
import styles from './dashboard.module.css';

/**
 * The organizer's live dashboard: one round's judging as it happens, from
 * the progress documents the functions keep (never the sheets themselves).
 */
export function DashboardPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [round, pickRound] = useRoundParam(competition);

  return (
    <div className={styles.page}>
      <PageHeader title={t('dashboard.title')} />
      {round ? (
        <>
          <div className={styles.roundPicker}>
            <RoundSelect
              label={t('dashboard.round')}
              rounds={competition.rounds}
              value={round.id}
              onChange={pickRound}
            />
          </div>
          {/* A new round starts every listener afresh. */}
          <RoundDashboard key={round.id} competition={competition} round={round} />
        </>
      ) : (
        <Alert>{t('dashboard.noRounds')}</Alert>
      )}
    </div>
  );
}
