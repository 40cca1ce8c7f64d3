import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useNow } from '@/lib/format/use-now';
import { useTeamEntries } from '../hooks/use-team-entries';
import { EntryCard } from './entry-card';
import { TeamResult } from './result/team-result';
import styles from './team-home.module.css';

interface TeamHomeProps {
  competition: Competition;
  entryIds: readonly string[];
}

/** A team's entries with deadline and identity (read-only for now). */
export function TeamHome({ competition, entryIds }: TeamHomeProps) {
  const { t } = useTranslation();
  const now = useNow();
  const list = useTeamEntries(competition.id, entryIds);

  return (
    <div className={styles.home} data-testid="home-team">
      <PageHeader eyebrow={t('roles.team')} title={t('team.home.title')} />
      {entryIds.length === 0 ? (
        <Card>
          <p>{t('team.home.empty')}</p>
        </Card>
      ) : list.status === 'loading' ? (
        <Card>
          <Skeleton lines={5} />
        </Card>
      ) : list.status === 'error' ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : (
        <>
          <TeamResult competition={competition} entries={list.items.map((item) => item.entry)} />
          <ul className={styles.entries}>
            {list.items.map((item) => (
              <li key={item.entry.id}>
                <EntryCard competition={competition} item={item} now={now} />
              </li>
            ))}
          </ul>
          <PaginatedLoadMore list={list} />
        </>
      )}
    </div>
  );
}
