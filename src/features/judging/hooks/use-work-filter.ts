import { useSearchParamChanges } from '@/lib/use-search-param-changes';
import { WORK_STATUSES, type WorkFilter, type WorkStatus } from '../utils/work-rows';

const isStatus = (v: string | null): v is WorkStatus => WORK_STATUSES.includes(v as WorkStatus);

/**
 * A round's filter and page, kept in the address (`?review.status=draft&
 * review.page=2`): coming back from an entry lands on the same page of the
 * same list. Each open round has its own. Changes replace the history entry,
 * so Back leaves the list instead of undoing keystrokes.
 */
export function useWorkFilter(roundId: string, trackIds: readonly string[]) {
  const [params, change] = useSearchParamChanges();
  const name = (key: string) => `${roundId}.${key}`;
  const status = params.get(name('status'));
  const track = params.get(name('track'));
  const filter: WorkFilter = {
    status: isStatus(status) ? status : 'all',
    track: track && trackIds.includes(track) ? track : 'all',
    query: params.get(name('q')) ?? '',
  };
  const page = Number(params.get(name('page')) ?? '1') || 1;

  const update = (changes: Record<string, string | null>) =>
    change(Object.fromEntries(Object.entries(changes).map(([key, value]) => [name(key), value])));

  return {
    filter,
    page,
    // A new filter starts again from its first page.
    setStatus: (value: WorkFilter['status']) => update({ status: value === 'all' ? null : value, page: null }),
    setTrack: (value: string) => update({ track: value === 'all' ? null : value, page: null }),
    setQuery: (value: string) => update({ q: value, page: null }),
    setPage: (value: number) => update({ page: value <= 1 ? null : String(value) }),
    clear: () => update({ status: null, track: null, q: null, page: null }),
  };
}
