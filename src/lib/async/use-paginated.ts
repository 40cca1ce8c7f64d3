import { useEffect, useEffectEvent, useState } from 'react';
import type { Page, PageCursor } from './pagination';

interface PagesState<T> {
  key: string;
  items: T[];
  next: PageCursor | null;
  more: 'idle' | 'loading' | 'error';
  moreError: unknown;
}

type FirstPage<T> = { key: string; state: PagesState<T> } | { key: string; error: unknown };

export interface PaginatedResult<T> {
  status: 'loading' | 'error' | 'success';
  error: unknown;
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  loadMore: () => void;
  retry: () => void;
}

/**
 * A list read page by page with a cursor ("load more"). The first page loads
 * when `key` changes (null: wait); later pages on demand, appended.
 */
export function usePaginated<T>(
  key: string | null,
  loadPage: (cursor: PageCursor | null) => Promise<Page<T>>,
): PaginatedResult<T> {
  const [attempt, setAttempt] = useState(0);
  const requestKey = key === null ? null : `${key}#${attempt}`;
  const [first, setFirst] = useState<FirstPage<T> | null>(null);
  const runLoad = useEffectEvent((cursor: PageCursor | null) => loadPage(cursor));

  useEffect(() => {
    if (requestKey === null) return;
    let current = true;
    Promise.resolve()
      .then(() => runLoad(null))
      .then(
        (page) =>
          current &&
          setFirst({
            key: requestKey,
            state: { key: requestKey, items: page.items, next: page.next, more: 'idle', moreError: null },
          }),
        (error: unknown) => current && setFirst({ key: requestKey, error }),
      );
    return () => {
      current = false;
    };
  }, [requestKey]);

  const settled = first && first.key === requestKey ? first : null;
  const pages = settled && 'state' in settled ? settled.state : null;

  const update = (k: string, change: (s: PagesState<T>) => PagesState<T>) =>
    setFirst((f) => (f && f.key === k && 'state' in f ? { key: k, state: change(f.state) } : f));

  const loadMore = () => {
    if (!pages || !pages.next || pages.more === 'loading') return;
    const { key: k, next } = pages;
    update(k, (s) => ({ ...s, more: 'loading', moreError: null }));
    loadPage(next).then(
      (page) => update(k, (s) => ({ ...s, items: [...s.items, ...page.items], next: page.next, more: 'idle' })),
      (error: unknown) => update(k, (s) => ({ ...s, more: 'error', moreError: error })),
    );
  };

  return {
    status: !settled ? 'loading' : pages ? 'success' : 'error',
    error: settled && 'error' in settled ? settled.error : null,
    items: pages?.items ?? [],
    hasMore: Boolean(pages?.next),
    loadingMore: pages?.more === 'loading',
    loadMoreError: pages?.more === 'error' ? pages.moreError : null,
    loadMore,
    retry: () => setAttempt((n) => n + 1),
  };
}
