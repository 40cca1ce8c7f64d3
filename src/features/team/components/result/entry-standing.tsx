import { useTranslation } from 'react-i18next';
import type { Competition, Entry } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import type { TeamVersion } from '../../api/team-result';
import { entryResult } from '../../lib/entry-result';
import { EntryFeedback } from './entry-feedback';
import styles from './team-result.module.css';

/** One entry's award, rank and score in the version, and the judges' comments on it. */
export function EntryStanding({
  competition,
  entry,
  version,
}: {
  competition: Competition;
  entry: Entry;
  version: TeamVersion;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const result = entryResult(version, entry.id);
  const trackName = (id: string | null) => {
    const track = competition.tracks.find((tr) => tr.id === id);
    return track ? pickLocalized(language, track.name, track.nameEn) : '';
  };
  const rank = (r: number, of: number | null) =>
    of === null ? t('teamResult.rank', { rank: r }) : t('teamResult.rankOf', { rank: r, of });

  return (
    <div className={styles.entry} data-testid={`entry-result-${entry.code}`}>
      <h3 className={styles.entryHead}>
        <span className={styles.code}>{entry.code}</span>
        <span>{entry.title || t('entry.untitled')}</span>
      </h3>
      {result.kind === 'award' ? (
        <>
          <p className={styles.award}>
            {[
              result.tier.track ? pickLocalized(language, result.tier.trackName, result.tier.trackNameEn) : '',
              pickLocalized(language, result.tier.label, result.tier.labelEn),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className={styles.standing}>
            <span>{rank(result.rank, result.of)}</span>
            <span>{t('teamResult.score', { score: result.score })}</span>
          </p>
        </>
      ) : result.kind === 'ranked' ? (
        <>
          <p>{t('teamResult.noAward')}</p>
          <p className={styles.standing}>
            {result.track && <span>{trackName(result.track)}</span>}
            <span>{rank(result.rank, result.of)}</span>
            <span>{t('teamResult.score', { score: result.score })}</span>
          </p>
        </>
      ) : result.kind === 'no-award' ? (
        <p>{t('teamResult.noAward')}</p>
      ) : (
        <p className={styles.muted}>{t(result.kind === 'unranked' ? 'teamResult.unranked' : 'teamResult.absent')}</p>
      )}
      <EntryFeedback competition={competition} entryId={entry.id} versionId={version.id} roundId={version.roundId} />
    </div>
  );
}
