import { useEffect, useRef, useState } from 'react';
import type { Competition, EntryProgress, JudgeProgress, RoundProgress } from '@/domain/model';
import {
  countShortEntries,
  getEntryCounts,
  getEntryLabel,
  getJudgeNames,
  getJudgeProgress,
  getRecusedEntries,
  getRoundProgress,
  getShortEntries,
  type EntryCounts,
  type EntryLabel,
} from '../api/dashboard-reads';
import {
  subscribeToJudgeProgress,
  subscribeToRecusedEntries,
  subscribeToRoundProgress,
  subscribeToShortEntries,
} from '../api/progress-live';
import { useLive, type Live } from '@/lib/async/use-live';
import { useOnce } from './use-once';

/** Short entries listed per "show more". */
export const SHORT_PAGE = 20;

/**
 * `attempt` grows with each retry: a new attempt listens (or reads) again.
 * Each listener has a plain read beside it, for when it stays silent (useLive).
 */
export function useRoundProgress(cid: string, roundId: string, attempt: number): Live<RoundProgress | null> {
  return useLive(
    `${cid}/${roundId}#${attempt}`,
    (next, fail) => subscribeToRoundProgress(cid, roundId, next, fail),
    () => getRoundProgress(cid, roundId),
  );
}

export function useJudgeProgress(cid: string, roundId: string, attempt: number): Live<JudgeProgress[]> {
  return useLive(
    `${cid}/${roundId}#${attempt}`,
    (next, fail) => subscribeToJudgeProgress(cid, roundId, next, fail),
    () => getJudgeProgress(cid, roundId),
  );
}

export function useShortEntries(cid: string, roundId: string, shown: number, attempt: number) {
  return useLive<EntryProgress[]>(
    `${cid}/${roundId}/${shown}#${attempt}`,
    (next, fail) => subscribeToShortEntries(cid, roundId, shown, next, fail),
    () => getShortEntries(cid, roundId, shown),
  );
}

/** Counted again whenever the round's totals change (`asOf`): a sheet submitted may end a shortage. */
export function useShortCount(cid: string, roundId: string, asOf: number, attempt: number): Live<number> {
  return useOnce(`${cid}/${roundId}@${asOf}#${attempt}`, () => countShortEntries(cid, roundId));
}

export function useRecusedEntries(cid: string, roundId: string, attempt: number): Live<EntryProgress[]> {
  return useLive(
    `${cid}/${roundId}#${attempt}`,
    (next, fail) => subscribeToRecusedEntries(cid, roundId, next, fail),
    () => getRecusedEntries(cid, roundId),
  );
}

export function useJudgeNames(cid: string, attempt: number): Live<Record<string, string>> {
  return useOnce(`${cid}#${attempt}`, () => getJudgeNames(cid));
}

export function useEntryCounts(competition: Pick<Competition, 'id' | 'tracks'>, attempt: number): Live<EntryCounts> {
  return useOnce(`${competition.id}#${attempt}`, () => getEntryCounts(competition));
}

export type LabelState = { kind: 'loading' } | { kind: 'loaded'; label: EntryLabel } | { kind: 'gone' | 'failed' };

/**
 * The code and title of each listed entry, read once each (by id: a list of
 * short entries reads only those). A failed read is tried again when the
 * list changes.
 */
export function useEntryLabels(cid: string, entryIds: readonly string[]): (id: string) => LabelState {
  const [labels, setLabels] = useState<Record<string, LabelState>>({});
  // Reads asked for and not failed: each entry is read once.
  const asked = useRef(new Set<string>());
  const wanted = entryIds.join(',');
  useEffect(() => {
    for (const id of wanted.split(',')) {
      const key = `${cid}/${id}`;
      if (!id || asked.current.has(key)) continue;
      asked.current.add(key);
      // Kept even if the list moved on meanwhile: the label is still right.
      getEntryLabel(cid, id).then(
        (label) => setLabels((prev) => ({ ...prev, [key]: label ? { kind: 'loaded', label } : { kind: 'gone' } })),
        () => {
          asked.current.delete(key);
          setLabels((prev) => ({ ...prev, [key]: { kind: 'failed' } }));
        },
      );
    }
  }, [cid, wanted]);
  return (id) => labels[`${cid}/${id}`] ?? { kind: 'loading' };
}
