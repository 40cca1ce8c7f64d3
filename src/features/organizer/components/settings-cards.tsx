import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { numericCell, Table } from '@/components/ui/table';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './organizer-home.module.css';

const roundTone: Record<string, BadgeTone> = { pending: 'neutral', open: 'success', closed: 'primary' };

interface Props {
  competition: Competition;
}

/** Tracks with their entry counts (counts: undefined while loading). */
export function TracksCard({
  competition,
  counts,
  total,
}: Props & { counts?: Record<string, number>; total?: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const show = (value: number | undefined) => (value === undefined ? '…' : value);
  return (
    <Card title={t('organizer.home.tracks')}>
      {competition.tracks.length === 0 ? (
        <p className={styles.muted}>{t('organizer.home.empty')}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('organizer.home.track')}</th>
              <th scope="col" className={numericCell}>
                {t('organizer.home.entries')}
              </th>
            </tr>
          </thead>
          <tbody>
            {competition.tracks.map((track) => (
              <tr key={track.id}>
                <td>{pickLocalized(language, track.name, track.nameEn)}</td>
                <td className={numericCell}>{show(counts?.[track.id])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('organizer.home.total')}</th>
              <td className={numericCell}>{show(total)}</td>
            </tr>
          </tfoot>
        </Table>
      )}
    </Card>
  );
}

export function RoundsCard({ competition }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card title={t('organizer.home.rounds')}>
      {competition.rounds.length === 0 ? (
        <p className={styles.muted}>{t('organizer.home.empty')}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('organizer.home.round')}</th>
              <th scope="col">{t('organizer.home.kind')}</th>
              <th scope="col">{t('organizer.home.roundState')}</th>
            </tr>
          </thead>
          <tbody>
            {competition.rounds.map((round) => (
              <tr key={round.id}>
                <td>{pickLocalized(language, round.name, round.nameEn)}</td>
                <td>{t(`competition.roundKind.${round.kind}`)}</td>
                <td>
                  <Badge tone={roundTone[round.status]}>{t(`competition.roundStatus.${round.status}`)}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** One round's rubric: each round scores against its own. */
export function RubricCard({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const criteria = round.rubric.criteria;
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const percent = (weight: number) =>
    totalWeight > 0
      ? new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(weight / totalWeight)
      : '';
  return (
    <Card title={t('organizer.home.roundRubric', { round: pickLocalized(language, round.name, round.nameEn) })}>
      {criteria.length === 0 ? (
        <p className={styles.muted}>{t('organizer.home.empty')}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('organizer.home.criterion')}</th>
              <th scope="col" className={numericCell}>
                {t('organizer.home.weight')}
              </th>
              <th scope="col" className={numericCell}>
                {t('organizer.home.max')}
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <td>{pickLocalized(language, c.name, c.nameEn)}</td>
                <td className={numericCell}>
                  {c.weight} <span className={styles.muted}>({percent(c.weight)})</span>
                </td>
                <td className={numericCell}>{c.max}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function AwardsCard({ competition }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trackName = (id: string | null) => {
    const track = id ? competition.tracks.find((tr) => tr.id === id) : undefined;
    if (!id) return t('organizer.home.allTracks');
    return track ? pickLocalized(language, track.name, track.nameEn) : id;
  };
  return (
    <Card title={t('organizer.home.awards')}>
      {competition.awards.length === 0 ? (
        <p className={styles.muted}>{t('organizer.home.empty')}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('organizer.home.award')}</th>
              <th scope="col">{t('organizer.home.awardTrack')}</th>
              <th scope="col" className={numericCell}>
                {t('organizer.home.awardCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {competition.awards.map((award) => (
              <tr key={award.id}>
                <td>{pickLocalized(language, award.label, award.labelEn)}</td>
                <td>{trackName(award.track)}</td>
                <td className={numericCell}>{award.count}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
