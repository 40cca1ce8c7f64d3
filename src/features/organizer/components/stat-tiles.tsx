import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatNumber } from '@/lib/format/date';
import type { CompetitionStats } from '../api/competition-stats';
import styles from './organizer-home.module.css';

interface StatTilesProps {
  competition: Competition;
  stats: CompetitionStats;
}

/** Entry and judge counts, and sheet progress of each open round. */
export function StatTiles({ competition, stats }: StatTilesProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const roundName = (id: string) => {
    const round = competition.rounds.find((r) => r.id === id);
    return round ? pickLocalized(language, round.name, round.nameEn) : id;
  };

  return (
    <>
      <div className={styles.tiles}>
        <Card>
          <div className={styles.tile}>
            <span className={styles.tileLabel}>{t('organizer.home.entries')}</span>
            <span className={styles.tileValue}>{n(stats.totalEntries)}</span>
          </div>
        </Card>
        <Card>
          <div className={styles.tile}>
            <span className={styles.tileLabel}>{t('organizer.home.judges')}</span>
            <span className={styles.tileValue}>{n(stats.judges)}</span>
          </div>
        </Card>
        <Card>
          <div className={styles.tile}>
            <span className={styles.tileLabel}>{t('organizer.home.tracks')}</span>
            <span className={styles.tileValue}>{n(competition.tracks.length)}</span>
          </div>
        </Card>
      </div>
      <Card title={t('organizer.home.progress')}>
        {stats.progress.length === 0 ? (
          <p className={styles.muted}>{t('organizer.home.noOpenRound')}</p>
        ) : (
          <div className={styles.rounds}>
            {stats.progress.map((p) => (
              <div key={p.roundId}>
                <p className={styles.roundName}>{t('organizer.home.progressRound', { name: roundName(p.roundId) })}</p>
                <Progress
                  value={p.submitted}
                  max={p.expected}
                  label={t('organizer.home.progressLabel')}
                  text={t('organizer.home.progressOf', {
                    submitted: n(p.submitted),
                    expected: n(p.expected),
                  })}
                />
              </div>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
