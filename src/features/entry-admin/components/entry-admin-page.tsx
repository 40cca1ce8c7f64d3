import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition, EntryStatus } from '@/domain/model';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { Details } from '@/components/ui/table';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useAsync } from '@/lib/async/use-async';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import { loadEntryDetail, type EntryDetail } from '../api/entry-detail';
import { AnswersCard, ProjectCard } from './content-card';
import { DeckCard } from './deck-card';
import { EligibilityCard } from './eligibility-card';
import { HistoryCard } from './history-card';
import { IdentityCard } from './identity-card';
import styles from './entry-admin.module.css';

/**
 * `/c/:cid/organizer/entries/:eid`: everything the team submitted, who the
 * team is, the deck, the status with disqualify / reinstate, and the record.
 */
export function EntryAdminPage({ competition, eid }: { competition: Competition; eid: string }) {
  const { t } = useTranslation();
  const detail = useAsync(`${competition.id}/${eid}`, () => loadEntryDetail(competition.id, eid));
  const [done, setDone] = useState<EntryStatus | null>(null);

  return (
    <div className={styles.page} data-testid="entry-admin-detail">
      <Link className={[buttonClass('ghost'), styles.back].join(' ')} to={paths.organizerEntries(competition.id)}>
        ← {t('entryAdmin.detail.back')}
      </Link>
      {detail.status === 'loading' && (
        <>
          <PageHeader title={t('entryAdmin.title')} />
          <Skeleton lines={6} />
        </>
      )}
      {detail.status === 'error' && (
        <>
          <PageHeader title={t('entryAdmin.title')} />
          <ErrorState error={detail.error} onRetry={detail.retry} />
        </>
      )}
      {detail.status === 'success' && (
        <Loaded
          competition={competition}
          detail={detail.data}
          done={done}
          onChanged={(status) => {
            setDone(status);
            detail.retry();
          }}
        />
      )}
    </div>
  );
}

interface LoadedProps {
  competition: Competition;
  detail: EntryDetail;
  done: EntryStatus | null;
  onChanged: (status: EntryStatus) => void;
}

function Loaded({ competition, detail, done, onChanged }: LoadedProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { entry, identity, events, names } = detail;
  const track = competition.tracks.find((tr) => tr.id === entry.trackId);
  const trackName = track ? pickLocalized(language, track.name, track.nameEn) : entry.trackId;
  const title = entry.title || t('entryAdmin.untitled');
  const date = (millis: number) => (millis > 0 ? formatDateTime(millis, language) : t('entryAdmin.detail.empty'));

  return (
    <>
      <PageHeader
        eyebrow={t('entryAdmin.detail.eyebrow', { code: entry.code, track: trackName })}
        title={title}
        meta={
          <span>
            {entry.submittedAt
              ? t('entryAdmin.detail.submittedAt', { date: formatDateTime(entry.submittedAt, language) })
              : t('entryAdmin.detail.notSubmitted')}
          </span>
        }
      />
      <div className={styles.detailGrid}>
        <div className={styles.column}>
          <ProjectCard entry={entry} />
          <AnswersCard competition={competition} entry={entry} />
          <DeckCard deckPath={entry.deckPath} title={title} />
        </div>
        <div className={styles.column}>
          <EligibilityCard cid={competition.id} entry={entry} events={events} onChanged={onChanged} done={done} />
          <IdentityCard identity={identity} />
          <HistoryCard events={events} names={names} teamUids={identity?.ownerUids ?? []} />
          <Card title={t('entryAdmin.detail.record')}>
            <Details
              items={[
                { term: t('entryAdmin.detail.createdAt'), value: date(entry.createdAt) },
                { term: t('entryAdmin.detail.updatedAt'), value: date(entry.updatedAt) },
                { term: t('entryAdmin.detail.revision'), value: String(entry.revision) },
              ]}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
