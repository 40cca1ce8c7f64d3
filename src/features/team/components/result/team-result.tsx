import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import type { Competition, Entry } from '@/domain/model';
import { versionState } from '@/domain/publication';
import { useSession } from '@/lib/auth/session-store';
import { useNow } from '@/lib/format/use-now';
import { useLatestVersion } from '../../hooks/use-team-result';
import { EntryStanding } from './entry-standing';
import { TeamObjections } from './team-objections';
import { VersionNotice } from './version-notice';
import styles from './team-result.module.css';

/**
 * The team's result once a version is published: its entries' awards and
 * ranks in the latest version, whether it is still under public notice, the
 * judges' comments and the team's objections. Nothing before publication.
 */
export function TeamResult({ competition, entries }: { competition: Competition; entries: readonly Entry[] }) {
  const { t } = useTranslation();
  const now = useNow();
  const { user } = useSession();
  const latest = useLatestVersion(competition.id, competition.status);

  if (latest.status === 'loading') return null;
  if (latest.status === 'error') {
    return (
      <Card title={t('teamResult.title')}>
        <ErrorState error={latest.error} onRetry={latest.retry} />
      </Card>
    );
  }
  const version = latest.data;
  if (!version) return null;
  // The version read is the latest: it is under notice or final, never superseded.
  const state = versionState(version, version.version, now);
  return (
    <>
      <Card
        title={t('teamResult.title')}
        aside={
          <Badge tone={state === 'notice' ? 'warning' : 'success'}>
            {state === 'notice' ? t('teamResult.stateNotice') : t('teamResult.stateFinal')}
          </Badge>
        }
      >
        <div className={styles.result} data-testid="team-result">
          <VersionNotice version={version} state={state} />
          <ul className={styles.entries}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <EntryStanding competition={competition} entry={entry} version={version} />
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <TeamObjections competitionId={competition.id} uid={user?.uid ?? null} version={version} state={state} />
    </>
  );
}
