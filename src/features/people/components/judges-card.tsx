import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { Skeleton } from '@/components/ui/skeleton';
import type { Competition, Member } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { usePaginated } from '@/lib/async/use-paginated';
import { listJudges } from '../api/members';
import { JudgeItem } from './judge-item';
import styles from './people.module.css';

/** The judges, a page at a time, with their progress, profile and removal. */
export function JudgesCard({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = usePaginated(competition.id, (cursor) => listJudges(competition.id, cursor));
  // Edits and removals made here, shown without reading the list again.
  const [changed, setChanged] = useState<Record<string, Member | 'removed'>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const openRound = competition.rounds.find((r) => r.status === 'open') ?? null;

  return (
    <Card title={t('people.judges.title')}>
      <p className={styles.cardIntro}>
        {openRound
          ? t('people.judges.progressRound', { round: pickLocalized(language, openRound.name, openRound.nameEn) })
          : t('people.judges.progressAll')}
      </p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {list.status === 'loading' && <Skeleton lines={3} />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'success' && list.items.length === 0 && (
        <p className={styles.hint}>{t('people.judges.empty')}</p>
      )}
      {list.items.length > 0 && (
        <ul className={styles.list} data-testid="judge-list">
          {list.items.map((judge) => {
            const current = changed[judge.uid] ?? judge;
            if (current === 'removed') return null;
            return (
              <JudgeItem
                key={judge.uid}
                competition={competition}
                judge={current}
                roundId={openRound?.id ?? null}
                onSaved={(next) => setChanged((c) => ({ ...c, [judge.uid]: next }))}
                onRemoved={(message) => {
                  setChanged((c) => ({ ...c, [judge.uid]: 'removed' }));
                  setNotice(message);
                }}
              />
            );
          })}
        </ul>
      )}
      <PaginatedLoadMore list={list} />
    </Card>
  );
}
