import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { Competition } from '@/domain/model';
import { useLiveEntry } from '../../hooks/use-live-entry';
import { EntryEditor } from './entry-editor';
import { EntryNotFound } from './entry-not-found';
import styles from './entry-form.module.css';

interface EntryPageProps {
  competition: Competition;
  entryId: string;
}

/** The team's entry: its form (saving itself), deck and submission. */
export function EntryPage({ competition, entryId }: EntryPageProps) {
  const { t } = useTranslation();
  const live = useLiveEntry(competition.id, entryId);
  switch (live.status) {
    case 'loading':
      return (
        <div className={styles.page} data-testid="entry-loading">
          <Card>
            <Skeleton lines={8} />
          </Card>
        </div>
      );
    case 'not-found':
      return <EntryNotFound competitionId={competition.id} />;
    case 'offline-empty':
      return <Alert tone="warning">{t('entry.offlineEmpty')}</Alert>;
    case 'error':
      return <ErrorState error={live.error} onRetry={live.retry} />;
    case 'ready':
      return (
        <EntryEditor
          key={entryId}
          competition={competition}
          entry={live.entry}
          pendingWrites={live.pendingWrites}
          fromCache={live.fromCache}
        />
      );
  }
}
