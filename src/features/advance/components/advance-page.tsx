import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cutResults } from '@/domain/advance';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useLanguage } from '@/i18n/use-language';
import { currentOpenRound } from '@/lib/competition';
import type { AdvanceData } from '../api/advance-data';
import { useAdvanceData } from '../hooks/use-advance-data';
import { useAdvanceRun } from '../hooks/use-advance-run';
import { AdvanceConfirm } from './advance-confirm';
import { AdvanceOutcome } from './advance-outcome';
import { AdvanceSettings, parseN, type AdvanceChoice } from './advance-settings';
import { ComputationFacts } from './computation-facts';
import { CurrentAdvancement } from './current-advancement';
import { CutPreview } from './cut-preview';
import { roundName } from './round-labels';
import styles from './advance.module.css';

/** From the open round (else the first) to the round after it (else the one before). */
function defaultChoice(competition: Competition): AdvanceChoice {
  const rounds = competition.rounds;
  const from = currentOpenRound(competition) ?? rounds[0]!;
  const i = rounds.findIndex((r) => r.id === from.id);
  const to = rounds[i + 1] ?? rounds[i - 1] ?? from;
  return { fromRoundId: from.id, toRoundId: to.id, scope: competition.ranking.scope, nText: '10' };
}

/**
 * The organizer's advancement (晋级): choose the rounds, overall or per track
 * and N; see who advances from the stored computation, the cut line and the
 * entries tied on it (each can be left out); confirm; see what it did and
 * the target round's current advancement.
 */
export function AdvancePage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  return (
    <div className={styles.page} data-testid="advance-page">
      <OrganizerPageHeader
        competition={competition}
        title={t('advance.title')}
        backLabel={t('advance.backToOverview')}
      />
      {competition.rounds.length < 2 ? (
        <Card>
          <p>{t('advance.noRounds')}</p>
        </Card>
      ) : (
        <AdvanceWorkspace competition={competition} />
      )}
    </div>
  );
}

function AdvanceWorkspace({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(() => defaultChoice(competition));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const data = useAdvanceData(competition.id, choice.fromRoundId, choice.toRoundId);
  const run = useAdvanceRun(data.retry);

  const change = (next: AdvanceChoice) => {
    // Exclusions belong to one cut line: a new cut starts with every tied entry in.
    if (next.fromRoundId !== choice.fromRoundId || next.scope !== choice.scope || next.nText !== choice.nText) {
      setExcluded(new Set());
    }
    if (next.fromRoundId !== choice.fromRoundId || next.toRoundId !== choice.toRoundId) run.reset();
    setChoice(next);
  };

  return (
    <>
      <Card title={t('advance.settings')}>
        <div className={styles.stack}>
          <p className={styles.muted}>{t('advance.intro')}</p>
          <AdvanceSettings competition={competition} choice={choice} onChange={change} />
        </div>
      </Card>
      {data.status === 'loading' && (
        <Card>
          <Skeleton lines={6} />
        </Card>
      )}
      {data.status === 'error' && <ErrorState error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && (
        <AdvanceBody
          competition={competition}
          choice={choice}
          data={data.data}
          excluded={excluded}
          onToggle={(entryId, advances) =>
            setExcluded((prev) => {
              const next = new Set(prev);
              if (advances) next.delete(entryId);
              else next.add(entryId);
              return next;
            })
          }
          run={run}
        />
      )}
      {data.status !== 'success' && run.state.status !== 'idle' && (
        <AdvanceOutcome competition={competition} state={run.state} codeOf={(id) => id} judgeName={(uid) => uid} />
      )}
    </>
  );
}

interface AdvanceBodyProps {
  competition: Competition;
  choice: AdvanceChoice;
  data: AdvanceData;
  excluded: ReadonlySet<string>;
  onToggle: (entryId: string, advances: boolean) => void;
  run: ReturnType<typeof useAdvanceRun>;
}

function AdvanceBody({ competition, choice, data, excluded, onToggle, run }: AdvanceBodyProps) {
  const { language } = useLanguage();
  const n = parseN(choice.nText);
  const { computation } = data;
  const cut = useMemo(() => {
    if (!computation || n === null) return null;
    return cutResults(computation.results, {
      scope: choice.scope,
      n,
      excludedTiedEntryIds: [...excluded],
      trackOf: (id) => data.entries.get(id)?.trackId ?? null,
      trackOrder: competition.tracks.map((tr) => tr.id),
    });
  }, [computation, n, choice.scope, excluded, data.entries, competition.tracks]);

  const codeOf = (id: string) => data.entries.get(id)?.code ?? id;
  const judgeName = (uid: string) => data.judgeNames.get(uid) ?? uid;
  const to = competition.rounds.find((r) => r.id === choice.toRoundId);
  const blocked = choice.fromRoundId === choice.toRoundId || to?.status === 'closed';
  const acrossTracks = choice.scope === 'overall' && !!computation?.results.groups.some((g) => g.track !== null);

  return (
    <>
      <ComputationFacts competitionId={competition.id} fromRoundId={choice.fromRoundId} computation={computation} />
      {cut && computation && (
        <>
          <CutPreview
            competition={competition}
            cut={cut}
            entries={data.entries}
            unranked={computation.results.unranked.length}
            acrossTracks={acrossTracks}
            onToggle={onToggle}
          />
          <Card>
            <div className={styles.stack}>
              <AdvanceConfirm
                count={cut.entryIds.length}
                roundName={roundName(competition, choice.toRoundId, language)}
                roadshow={to?.kind === 'roadshow'}
                replaces={data.advancement !== null}
                disabled={blocked}
                pending={run.state.status === 'pending'}
                onConfirm={() =>
                  void run.run({
                    competitionId: competition.id,
                    fromRoundId: choice.fromRoundId,
                    toRoundId: choice.toRoundId,
                    scope: choice.scope,
                    n: n!,
                    excludedTiedEntryIds: cut.excluded,
                  })
                }
              />
              <AdvanceOutcome competition={competition} state={run.state} codeOf={codeOf} judgeName={judgeName} />
            </div>
          </Card>
        </>
      )}
      {!cut && computation === null && run.state.status !== 'idle' && (
        <AdvanceOutcome competition={competition} state={run.state} codeOf={codeOf} judgeName={judgeName} />
      )}
      <CurrentAdvancement
        competition={competition}
        toRoundId={choice.toRoundId}
        advancement={data.advancement}
        codeOf={codeOf}
      />
    </>
  );
}
