import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import type { Competition } from '@/domain/model';
import type { Objection } from '@/domain/model/results-docs';
import type { ObjectionFilter } from '../api/objection-list';
import { useObjections } from '../hooks/use-objections';
import { ObjectionCard } from './objection-card';
import styles from './objections.module.css';

const FILTERS: readonly ObjectionFilter[] = ['open', 'answered', 'all'];

/** `/c/:cid/organizer/objections`: the teams' objections to results under public notice, answered one by one. */
export function ObjectionsPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ObjectionFilter>('open');
  const list = useObjections(competition.id, filter);
  // Answers given on this page, shown at once (the list is read once, not live).
  const [answered, setAnswered] = useState<ReadonlyMap<string, Objection>>(new Map());

  return (
    <div className={styles.page} data-testid="objections-page">
      <PageHeader title={t('objections.title')} meta={<p className={styles.intro}>{t('objections.intro')}</p>} />
      <ul className={styles.filters} aria-label={t('objections.filter.label')}>
        {FILTERS.map((f) => (
          <li key={f}>
            <button type="button" className={styles.filter} aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {t(`objections.filter.${f}`)}
            </button>
          </li>
        ))}
      </ul>
      {list.status === 'loading' ? (
        <Card>
          <Skeleton lines={5} />
        </Card>
      ) : list.status === 'error' ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : list.items.length === 0 ? (
        <Card>
          <p>{t(`objections.empty.${filter}`)}</p>
        </Card>
      ) : (
        <>
          <ul className={styles.list}>
            {list.items.map((o) => (
              <li key={o.id}>
                <ObjectionCard
                  cid={competition.id}
                  objection={answered.get(o.id) ?? o}
                  onAnswered={(done) => setAnswered((m) => new Map(m).set(done.id, done))}
                />
              </li>
            ))}
          </ul>
          <PaginatedLoadMore list={list} />
        </>
      )}
    </div>
  );
}
