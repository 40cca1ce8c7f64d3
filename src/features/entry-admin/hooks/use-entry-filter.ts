import { useSearchParamChanges } from '@/lib/use-search-param-changes';
import { isEntryStatus, type EntryFilter } from '../lib/entry-rows';

/**
 * The list's filter, kept in the address (`?status=draft&track=team&q=光伏`):
 * coming back from an entry shows the same list. Changes replace the history
 * entry, so Back leaves the page instead of undoing keystrokes.
 */
export function useEntryFilter(trackIds: readonly string[]) {
  const [params, change] = useSearchParamChanges();
  const status = params.get('status');
  const track = params.get('track');
  const filter: EntryFilter = {
    status: isEntryStatus(status) ? status : 'all',
    track: track && trackIds.includes(track) ? track : 'all',
    query: params.get('q') ?? '',
  };

  const update = (key: string, value: string) => change({ [key]: value === 'all' ? null : value });

  return {
    filter,
    setStatus: (value: string) => update('status', value),
    setTrack: (value: string) => update('track', value),
    setQuery: (value: string) => update('q', value),
    clear: () => change({ status: null, track: null, q: null }),
  };
}
