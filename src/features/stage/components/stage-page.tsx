import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { RoundSelect } from '@/components/ui/round-select';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useRoundParam } from '@/lib/use-round-param';
import { StageControl } from './stage-control';
import styles from './stage.module.css';

/** `/c/:cid/organizer/stage?round=`: the stage control of one of the competition's roadshow rounds. */
export function StagePage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [chosen, pickRound] = useRoundParam(competition);
  const roadshows = competition.rounds.filter((r) => r.kind === 'roadshow');
  const round = chosen?.kind === 'roadshow' ? chosen : (roadshows.at(-1) ?? null);

  return (
    <div className={styles.page}>
      <PageHeader
        eyebrow={pickLocalized(language, competition.title, competition.titleEn)}
        title={
          round ? t('stage.titleOf', { round: pickLocalized(language, round.name, round.nameEn) }) : t('stage.title')
        }
      />
      {round ? (
        <>
          {roadshows.length > 1 && (
            <div className={styles.roundPicker}>
              <RoundSelect label={t('stage.round')} rounds={roadshows} value={round.id} onChange={pickRound} />
            </div>
          )}
          {/* Another round starts every listener afresh. */}
          <StageControl key={round.id} competition={competition} round={round} />
        </>
      ) : (
        <Alert>{t('stage.noRoadshow')}</Alert>
      )}
    </div>
  );
}
