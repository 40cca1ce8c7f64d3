import { useEffect, useRef, useState } from 'react';
import { errorKind } from '@/lib/errors';
import { getAssignedEntry } from '../api/judge-work';
import type { EntryState } from '../utils/work-rows';

/** Reads at a time: enough to fill the list quickly, few enough not to queue behind each other. */
const PARALLEL = 8;

type Settled = Exclude<EntryState, { kind: 'loading' }>;

export interface EntriesState {
  stateOf: (entryId: string) => EntryState;
  /** How many reads failed for a reason a retry may fix (the network). */
  failed: number;
  retryFailed: () => void;
}

/**
 * The entries with these ids, read in parallel (judges cannot list entries,
 * only get those assigned to them) and shown as each one arrives. An entry
 * the judge may no longer read (recused and reassigned) or that is gone is
 * 'unavailable'; one whose read failed stays 'failed' until retryFailed.
 */
export function useEntries(cid: string, entryIds: readonly string[]): EntriesState {
  const [settled, setSettled] = useState<ReadonlyMap<string, Settled>>(new Map());
  const known = useRef(settled);
  const [attempt, setAttempt] = useState(0);
  const idsKey = `${cid}\n${entryIds.join('\n')}`;

  useEffect(() => {
    let current = true;
    const [, ...ids] = idsKey.split('\n');
    const queue = ids.filter((id) => {
      const state = known.current.get(`${cid}/${id}`);
      return !state || state.kind === 'failed';
    });
    // Reads that finish together are shown in one render, not one each.
    let batch: [string, Settled][] = [];
    let flush: ReturnType<typeof setTimeout> | undefined;
    const settle = (id: string, state: Settled) => {
      if (!current) return;
      batch.push([`${cid}/${id}`, state]);
      flush ??= setTimeout(() => {
        flush = undefined;
        known.current = new Map([...known.current, ...batch]);
        batch = [];
        setSettled(known.current);
      }, 0);
    };
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined && current; id = queue.shift()) {
        try {
          const entry = await getAssignedEntry(cid, id);
          settle(id, entry ? { kind: 'loaded', entry } : { kind: 'unavailable' });
        } catch (error) {
          const kind = errorKind(error);
          settle(id, kind === 'permission' || kind === 'not-found' ? { kind: 'unavailable' } : { kind: 'failed' });
        }
      }
    };
    for (let i = 0; i < Math.min(PARALLEL, queue.length); i++) void worker();
    return () => {
      current = false;
      clearTimeout(flush);
    };
  }, [cid, idsKey, attempt]);

  const stateOf = (entryId: string): EntryState => settled.get(`${cid}/${entryId}`) ?? { kind: 'loading' };
  const failed = entryIds.filter((id) => stateOf(id).kind === 'failed').length;
  const retryFailed = () => {
    // Back to 'loading' while they are read again.
    known.current = new Map([...known.current].filter(([, state]) => state.kind !== 'failed'));
    setSettled(known.current);
    setAttempt((n) => n + 1);
  };
  return { stateOf, failed, retryFailed };
}
