import { useSearchParams } from 'react-router';
import { isEntryStatus, type EntryFilter } from '../lib/entry-rows';

/**
 * The list's filter, kept in the address (`?status=draft&track=team&q=光伏`):
 * coming back from an entry shows the same list. Changes replace the history
 * entry, so Back leaves the page instead of undoing keystrokes.
 */
export function useEntryFilter(trackIds: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const track = params.get('track');
  const filter: EntryFilter = {
    status: isEntryStatus(status) ? status : 'all',
    track: track && trackIds.includes(track) ? track : 'all',
    query: params.get('q') ?? '',
  };

  const update = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === '' || value === 'all') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return {
    filter,
    setStatus: (value: string) => update('status', value),
    setTrack: (value: string) => update('track', value),
    setQuery: (value: string) => update('q', value),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}
