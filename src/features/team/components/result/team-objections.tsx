import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { ObjectionStatus } from '@/domain/model/results-docs';
import type { VersionState } from '@/domain/publication';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { TeamVersion } from '../../api/team-result';
import { useTeamObjections } from '../../hooks/use-team-result';
import styles from './team-result.module.css';

// The form (react-hook-form, zod and the Functions SDK) loads only while a
// version is under notice: the team home's first load stays small.
const ObjectionForm = lazy(() => import('./objection-form').then((m) => ({ default: m.ObjectionForm })));

const TONE: Record<ObjectionStatus, BadgeTone> = { open: 'warning', upheld: 'success', dismissed: 'neutral' };

/** The team's own objections with the organizers' answers; during notice, the form to raise one. */
export function TeamObjections({
  competitionId,
  uid,
  version,
  state,
}: {
  competitionId: string;
  uid: string | null;
  version: TeamVersion;
  state: VersionState;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [reload, setReload] = useState(0);
  const [raised, setRaised] = useState(false);
  const list = useTeamObjections(competitionId, uid, reload);
  const underNotice = state === 'notice';

  if (list.status === 'loading') {
    return underNotice ? (
      <Card title={t('teamResult.objection.title')}>
        <Skeleton lines={3} />
      </Card>
    ) : null;
  }
  if (list.status === 'error') {
    return (
      <Card title={t('teamResult.objection.title')}>
        <ErrorState error={list.error} onRetry={list.retry} />
      </Card>
    );
  }
  const objections = list.data;
  if (!underNotice && objections.length === 0) return null;
  const openOnThis = objections.some((o) => o.versionId === version.id && o.status === 'open');

  return (
    <Card title={t('teamResult.objection.title')}>
      <div className={styles.result} data-testid="team-objections">
        {raised && <Alert tone="success">{t('teamResult.objection.raised')}</Alert>}
        {underNotice &&
          (openOnThis ? (
            !raised && <p className={styles.muted}>{t('teamResult.objection.openAlready')}</p>
          ) : (
            <>
              <p className={styles.muted}>{t('teamResult.objection.intro')}</p>
              <Suspense fallback={<Skeleton lines={3} />}>
                <ObjectionForm
                  competitionId={competitionId}
                  versionId={version.id}
                  onRaised={() => {
                    setRaised(true);
                    setReload((n) => n + 1);
                  }}
                  onStale={() => setReload((n) => n + 1)}
                />
              </Suspense>
            </>
          ))}
        {objections.length > 0 && (
          <ul className={styles.objections}>
            {objections.map((o) => (
              <li key={o.id} className={styles.objection} data-testid="team-objection">
                <p className={styles.entryHead}>
                  <Badge tone={TONE[o.status]}>{t(`teamResult.objection.status.${o.status}`)}</Badge>
                  <span className={styles.muted}>
                    {t('teamResult.objection.raisedOn', {
                      version: o.version,
                      at: formatDateTime(o.raisedAt, language),
                    })}
                  </span>
                </p>
                <p className={styles.quote}>{o.reason}</p>
                {o.status !== 'open' && (
                  <p className={styles.quote}>
                    <strong>
                      {t('teamResult.objection.answer', {
                        at: o.answeredAt ? formatDateTime(o.answeredAt, language) : '',
                      })}
                    </strong>{' '}
                    {o.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
