import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { versionState } from '@/domain/publication';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { usePaginated } from '@/lib/async/use-paginated';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { loadVersionsPage, type VersionRow } from '../api/versions';
import { PublicLink } from './public-link';
import styles from './publication.module.css';

const STATE_TONE: Record<ReturnType<typeof versionState>, BadgeTone> = {
  notice: 'warning',
  final: 'success',
  superseded: 'neutral',
};

/** Every published version, newest first, a page at a time; the public page's link and QR code above them. */
export function VersionsCard({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const versions = usePaginated(competition.id, (cursor) => loadVersionsPage(competition.id, cursor));
  const link = `${window.location.origin}${paths.publicResults(competition.id)}`;
  const latest = versions.items[0]?.version ?? 0;

  return (
    <Card title={t('publication.versions.title')}>
      {versions.status === 'loading' && <Skeleton lines={3} />}
      {versions.status === 'error' && <ErrorState error={versions.error} onRetry={versions.retry} />}
      {versions.status === 'success' && versions.items.length === 0 && (
        <p className={styles.muted}>{t('publication.versions.none')}</p>
      )}
      {versions.status === 'success' && versions.items.length > 0 && (
        <div className={styles.stack}>
          <PublicLink link={link} />
          <ol className={styles.versions} data-testid="versions">
            {versions.items.map((v) => (
              <VersionItem key={v.id} version={v} latest={latest} competition={competition} />
            ))}
          </ol>
          {versions.loadMoreError !== null && <Alert tone="error">{t('publication.versions.loadMoreFailed')}</Alert>}
          {versions.hasMore && (
            <div>
              <Button variant="secondary" pending={versions.loadingMore} onClick={versions.loadMore}>
                {t('publication.versions.loadMore')}
              </Button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

function VersionItem({
  version,
  latest,
  competition,
}: {
  version: VersionRow;
  latest: number;
  competition: Competition;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const state = versionState(version, latest, now);
  const round = competition.rounds.find((r) => r.id === version.roundId);
  const roundName = round
    ? pickLocalized(language, round.name, round.nameEn)
    : pickLocalized(language, version.roundName, version.roundNameEn);
  return (
    <li className={styles.version} data-testid={`version-${version.version}`}>
      <div className={styles.versionHead}>
        <strong>{t('publication.versions.version', { version: version.version })}</strong>
        <Badge tone={STATE_TONE[state]}>
          {state === 'notice'
            ? t('publication.versions.state.notice', { until: formatDateTime(version.noticeUntil ?? 0, language) })
            : t(`publication.versions.state.${state}`)}
        </Badge>
      </div>
      <p className={styles.muted}>
        {t('publication.versions.publishedAt', { at: formatDateTime(version.publishedAt, language) })} ·{' '}
        {t('publication.versions.round', { round: roundName })}
        {version.confidence && <> · {t('publication.versions.withConfidence')}</>}
      </p>
      {version.reason && (
        <p className={styles.reason}>{t('publication.versions.reason', { reason: version.reason })}</p>
      )}
    </li>
  );
}
