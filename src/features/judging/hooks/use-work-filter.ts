import { useSearchParams } from 'react-router';
import { WORK_STATUSES, type WorkFilter, type WorkStatus } from '../utils/work-rows';

const isStatus = (v: string | null): v is WorkStatus => WORK_STATUSES.includes(v as WorkStatus);

/**
 * A round's filter and page, kept in the address (`?review.status=draft&
 * review.page=2`): coming back from an entry lands on the same page of the
 * same list. Each open round has its own. Changes replace the history entry,
 * so Back leaves the list instead of undoing keystrokes.
 */
export function useWorkFilter(roundId: string, trackIds: readonly string[]) {
  const [params, setParams] = useSearchParams();
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
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(name(key));
          else next.set(name(key), value);
        }
        return next;
      },
      { replace: true },
    );

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
