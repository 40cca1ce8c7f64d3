import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { Round } from '@/domain/model';
import { awaitsReplacement } from '@/domain/progress';
import { useLanguage } from '@/i18n/use-language';
import { formatNumber } from '@/lib/format/date';
import { useEntryLabels, useRecusedEntries } from '../hooks/use-dashboard-data';
import { EntryLine } from './entry-line';
import styles from './dashboard.module.css';

/**
 * Entries a judge recused from that still have fewer judges than the
 * round's panel: the entries with a recusal, live (few), kept by
 * awaitsReplacement against the round's current panel size.
 */
export function AwaitingCard({ competitionId, round }: { competitionId: string; round: Round }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const recused = useRecusedEntries(competitionId, round.id, attempt);
  const target = round.judgesPerEntry;
  const waiting = recused.status === 'live' ? recused.value.filter((p) => awaitsReplacement(p, target)) : [];
  const labelOf = useEntryLabels(
    competitionId,
    waiting.map((e) => e.entryId),
  );
  const n = (v: number) => formatNumber(v, language);

  let body;
  if (target === null) body = <p className={styles.empty}>{t('dashboard.awaiting.noPanel')}</p>;
  else if (recused.status === 'error')
    body = <ErrorState error={recused.error} onRetry={() => setAttempt((a) => a + 1)} />;
  else if (recused.status === 'loading') body = <Skeleton lines={2} />;
  else if (waiting.length === 0) body = <p className={styles.empty}>{t('dashboard.awaiting.empty')}</p>;
  else
    body = (
      <>
        <p className={styles.note}>{t('dashboard.awaiting.intro', { target: n(target) })}</p>
        <ul className={styles.entryList} data-testid="dashboard-awaiting">
          {waiting.map((e) => (
            <EntryLine
              key={e.entryId}
              competitionId={competitionId}
              entryId={e.entryId}
              label={labelOf(e.entryId)}
              fact={t('dashboard.awaiting.row', { recused: n(e.recused), assigned: n(e.assigned), target: n(target) })}
            />
          ))}
        </ul>
      </>
    );
  return (
    <Card
      title={t('dashboard.awaiting.title')}
      aside={waiting.length > 0 ? <Badge tone="warning">{n(waiting.length)}</Badge> : null}
    >
      {body}
    </Card>
  );
}
