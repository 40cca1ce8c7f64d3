import { useTranslation } from 'react-i18next';
import type { PaginatedResult } from '@/lib/async/use-paginated';
import { Button } from './button';
import { ErrorState } from './error-state';
import styles from './feedback.module.css';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
}

/** The "load more" control at the foot of a paginated list. */
export function LoadMore({ hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (error) return <ErrorState error={error} onRetry={onLoadMore} />;
  if (!hasMore) return null;
  return (
    <div className={styles.loadMore}>
      <Button variant="secondary" pending={loading} onClick={onLoadMore}>
        {loading ? t('common.loadingMore') : t('common.loadMore')}
      </Button>
    </div>
  );
}

/** LoadMore wired to a list from usePaginated. */
export function PaginatedLoadMore({
  list,
}: {
  list: Pick<PaginatedResult<unknown>, 'hasMore' | 'loadingMore' | 'loadMoreError' | 'loadMore'>;
}) {
  return (
    <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.loadMoreError} onLoadMore={list.loadMore} />
  );
}
