import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RoundWork } from './round-work';
import { StageRoundCard } from './stage-round-card';
import styles from './judge-home.module.css';

/** A judge's work: every open round, each with its progress and entries. */
export function JudgeHome({ competition, uid }: { competition: Competition; uid: string }) {
  const { t } = useTranslation();
  // In round order; openRoundIds is what the rules go by.
  const rounds = competition.rounds.filter((r) => competition.openRoundIds.includes(r.id));

  return (
    <div className={styles.home} data-testid="home-judge">
      <PageHeader eyebrow={t('roles.judge')} title={t('judging.title')} />
      {competition.blind && rounds.length > 0 && <Alert>{t('judging.blindNote')}</Alert>}
      {rounds.length === 0 ? (
        <Card>
          <p>{t('judging.noOpenRound')}</p>
        </Card>
      ) : (
        rounds.map((round) =>
          round.kind === 'roadshow' ? (
            <StageRoundCard key={round.id} competitionId={competition.id} round={round} />
          ) : (
            <RoundWork key={round.id} competition={competition} uid={uid} round={round} />
          ),
        )
      )}
    </div>
  );
}
