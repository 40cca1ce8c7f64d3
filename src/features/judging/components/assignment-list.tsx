import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import type { JudgeSheetStatus } from '../api/assignments';
import { useMyAssignments } from '../hooks/use-my-assignments';
import styles from './judge-home.module.css';

const sheetTone: Record<JudgeSheetStatus, BadgeTone> = {
  'not-started': 'neutral',
  draft: 'warning',
  submitted: 'success',
  recused: 'danger',
};
const sheetKey = {
  'not-started': 'competition.sheetStatus.notStarted',
  draft: 'competition.sheetStatus.draft',
  submitted: 'competition.sheetStatus.submitted',
  recused: 'competition.sheetStatus.recused',
} as const;

interface AssignmentListProps {
  competition: Competition;
  uid: string;
  roundId: string;
}

/** The entries assigned to the judge in a round: code, title, track, sheet. */
export function AssignmentList({ competition, uid, roundId }: AssignmentListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = useMyAssignments(competition.id, uid, roundId);
  const trackName = (id: string) => {
    const track = competition.tracks.find((tr) => tr.id === id);
    return track ? pickLocalized(language, track.name, track.nameEn) : id;
  };

  if (list.status === 'loading') return <Skeleton lines={6} />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.retry} />;
  if (list.items.length === 0) return <p className={styles.note}>{t('judge.home.empty')}</p>;

  return (
    <>
      <ul className={styles.list} aria-label={t('judge.home.list')}>
        {list.items.map(({ assignment, entry, sheetStatus }) => (
          <li key={assignment.id} className={styles.row} data-testid="assignment-row">
            <span className={styles.code}>
              <span className="visually-hidden">{t('judge.home.code')} </span>
              {entry?.code ?? assignment.entryId}
            </span>
            <span className={styles.title}>{entry?.title ?? '—'}</span>
            <span className={styles.track}>
              <span className="visually-hidden">{t('judge.home.track')} </span>
              {entry ? trackName(entry.trackId) : ''}
            </span>
            <span className={styles.status}>
              <span className="visually-hidden">{t('judge.home.sheet')} </span>
              <Badge tone={sheetTone[sheetStatus]}>{t(sheetKey[sheetStatus])}</Badge>
            </span>
          </li>
        ))}
      </ul>
      <PaginatedLoadMore list={list} />
    </>
  );
}
