import { useEffect, useMemo, useState } from 'react';
import type { Entry, EntryIdentity } from '@/domain/model';
import { loadEntryList } from '../api/entry-list';
import { joinRows, type AdminRow } from '../lib/entry-rows';

interface ListState {
  key: string;
  entries: Entry[];
  identities: Map<string, EntryIdentity>;
  total: number | null;
  done: boolean;
  error: unknown;
}

export interface EntryListResult {
  rows: AdminRow[];
  /** Entries read so far, and how many there are (null: not known yet). */
  loaded: number;
  total: number | null;
  done: boolean;
  error: unknown;
  retry: () => void;
}

const empty = (key: string): ListState => ({
  key,
  entries: [],
  identities: new Map(),
  total: null,
  done: false,
  error: null,
});

/**
 * All entries of the competition with their identities, read page by page:
 * rows appear as pages arrive; `done` once everything is read. There is no
 * cache: each visit reads the list as it is now.
 */
export function useEntryList(cid: string): EntryListResult {
  const [attempt, setAttempt] = useState(0);
  const key = `${cid}#${attempt}`;
  const [state, setState] = useState<ListState>(() => empty(key));

  useEffect(() => {
    let live = true;
    const update = (change: (s: ListState) => Partial<ListState>) =>
      setState((s) => {
        // A new key (retry, another competition) starts from an empty list.
        const base = s.key === key ? s : empty(key);
        return { ...base, ...change(base) };
      });
    loadEntryList(cid, {
      live: () => live,
      onTotal: (total) => update(() => ({ total })),
      onEntries: (page) => update((s) => ({ entries: [...s.entries, ...page] })),
      onIdentities: (page) =>
        update((s) => {
          const identities = new Map(s.identities);
          for (const identity of page) identities.set(identity.entryId, identity);
          return { identities };
        }),
    }).then(
      () => live && update(() => ({ done: true })),
      (error: unknown) => live && update(() => ({ error })),
    );
    return () => {
      live = false;
    };
  }, [cid, key]);

  const current = state.key === key ? state : empty(key);
  const rows = useMemo(() => joinRows(current.entries, current.identities), [current.entries, current.identities]);
  return {
    rows,
    loaded: current.entries.length,
    total: current.total,
    done: current.done,
    error: current.error,
    retry: () => setAttempt((n) => n + 1),
  };
}
