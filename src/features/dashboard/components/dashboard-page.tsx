import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { RoundSelect } from '@/components/ui/round-select';
import type { Competition } from '@/domain/model';
import { currentOpenRound } from '@/lib/competition';
import { RoundDashboard } from './round-dashboard';
import styles from './dashboard.module.css';

/** The round shown: `?round=` when it names a round, else the open one, else the last. */
function chooseRound(competition: Competition, requested: string | null): string | null {
  if (requested && competition.rounds.some((r) => r.id === requested)) return requested;
  return (currentOpenRound(competition) ?? competition.rounds.at(-1))?.id ?? null;
}

/**
 * The organizer's live dashboard: one round's judging as it happens, from
 * the progress documents the functions keep (never the sheets themselves).
 */
export function DashboardPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const roundId = chooseRound(competition, params.get('round'));
  const round = competition.rounds.find((r) => r.id === roundId);

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
              onChange={(id) => setParams({ round: id }, { replace: true })}
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
