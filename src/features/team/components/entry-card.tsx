import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Details } from '@/components/ui/table';
import { pickLocalized } from '@/i18n/languages';
import { useFormatDuration } from '@/i18n/use-duration';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import type { TeamEntry } from '../api/team-entries';
import styles from './team-home.module.css';

const statusTone: Record<string, BadgeTone> = {
  draft: 'warning',
  submitted: 'success',
  withdrawn: 'neutral',
  disqualified: 'danger',
};

interface EntryCardProps {
  competition: Competition;
  item: TeamEntry;
  now: number;
}

/** One entry as its team sees it: the project, the deadline, the team. */
export function EntryCard({ competition, item: { entry, identity }, now }: EntryCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formatDuration = useFormatDuration();
  const track = competition.tracks.find((tr) => tr.id === entry.trackId);
  const deadline = competition.submissionDeadline;
  const open = deadline > now;

  return (
    <Card>
      <h2 className={styles.entryTitle}>{entry.title || t('entry.untitled')}</h2>
      <div className={styles.columns}>
        <Details
          items={[
            { term: t('team.home.code'), value: <span className={styles.code}>{entry.code}</span> },
            {
              term: t('team.home.track'),
              value: track ? pickLocalized(language, track.name, track.nameEn) : entry.trackId,
            },
            {
              term: t('team.home.status'),
              value: <Badge tone={statusTone[entry.status]}>{t(`competition.entryStatus.${entry.status}`)}</Badge>,
            },
            {
              term: t('team.home.deck'),
              value: (
                <Badge tone={entry.deckPath ? 'success' : 'neutral'}>
                  {entry.deckPath ? t('team.home.deckUploaded') : t('team.home.deckMissing')}
                </Badge>
              ),
            },
            {
              term: t('team.home.deadline'),
              value: (
                <>
                  {deadline > 0 && t('common.atBeijingTime', { date: formatDateTime(deadline, language) })}
                  <br />
                  <span className={open ? styles.left : styles.muted}>
                    {open
                      ? t('team.home.timeLeft', { time: formatDuration(deadline - now) })
                      : t('team.home.deadlinePassed')}
                  </span>
                </>
              ),
            },
          ]}
        />
        <section aria-label={t('team.home.identity')}>
          <h3 className={styles.subheading}>{t('team.home.identity')}</h3>
          {identity ? (
            <Details
              items={[
                { term: t('team.home.teamName'), value: identity.teamName },
                { term: t('team.home.organization'), value: identity.organization },
                { term: t('team.home.contactName'), value: identity.contactName },
                { term: t('team.home.contactPhone'), value: identity.contactPhone },
                { term: t('team.home.contactEmail'), value: identity.contactEmail },
              ]}
            />
          ) : (
            <p className={styles.muted}>{t('team.home.identityMissing')}</p>
          )}
        </section>
      </div>
      <Link
        className={[buttonClass(open && entry.status === 'draft' ? 'primary' : 'secondary'), styles.openEntry].join(
          ' ',
        )}
        to={paths.teamEntry(competition.id, entry.id)}
      >
        {open && entry.status === 'draft' ? t('entry.open') : t('entry.view')}
      </Link>
    </Card>
  );
}
