import { useEffect, useState } from 'react';
import type { ScoreSheet } from '@/domain/model';
import { errorCode } from '@/lib/errors';
import { subscribeToSheet, subscribeToSheetEntry, type LiveSnapshot, type SheetEntry } from '../api/sheet-live';

export type LiveSheetState =
  | { status: 'loading' }
  /** Missing, or the rules refuse to show it (not assigned to this judge): the same page for both. */
  | { status: 'not-found' }
  /** Offline and this device has no copy of the entry yet. */
  | { status: 'offline-empty' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      entry: SheetEntry;
      /** null: the judge has not saved anything for this entry yet. */
      sheet: ScoreSheet | null;
      pendingWrites: boolean;
      fromCache: boolean;
    };

type Part<T> = { kind: 'waiting' } | { kind: 'snapshot'; snap: LiveSnapshot<T> } | { kind: 'error'; error: unknown };

/**
 * The entry and the judge's sheet for it, live: from the device's cache at
 * once (also offline, also the saves not yet sent), then from the server.
 */
export function useSheetLive(cid: string, roundId: string, judgeUid: string, entryId: string): LiveSheetState {
  const [attempt, setAttempt] = useState(0);
  const key = `${cid}/${roundId}/${judgeUid}/${entryId}/${attempt}`;
  const [entry, setEntry] = useState<{ key: string; part: Part<SheetEntry> } | null>(null);
  const [sheet, setSheet] = useState<{ key: string; part: Part<ScoreSheet> } | null>(null);

  useEffect(() => {
    const stopEntry = subscribeToSheetEntry(
      cid,
      entryId,
      (snap) => setEntry({ key, part: { kind: 'snapshot', snap } }),
      (error) => setEntry({ key, part: { kind: 'error', error } }),
    );
    const stopSheet = subscribeToSheet(
      cid,
      { roundId, judgeUid, entryId },
      (snap) => setSheet({ key, part: { kind: 'snapshot', snap } }),
      (error) => setSheet({ key, part: { kind: 'error', error } }),
    );
    return () => {
      stopEntry();
      stopSheet();
    };
  }, [cid, roundId, judgeUid, entryId, key]);

  const e: Part<SheetEntry> = entry?.key === key ? entry.part : { kind: 'waiting' };
  const s: Part<ScoreSheet> = sheet?.key === key ? sheet.part : { kind: 'waiting' };
  const retry = () => setAttempt((n) => n + 1);

  for (const part of [e, s]) {
    if (part.kind === 'error') {
      return errorCode(part.error) === 'permission-denied'
        ? { status: 'not-found' }
        : { status: 'error', error: part.error, retry };
    }
  }
  if (e.kind !== 'snapshot' || s.kind !== 'snapshot') return { status: 'loading' };
  const offline = !navigator.onLine;
  if (!e.snap.value) {
    if (!e.snap.fromCache) return { status: 'not-found' };
    return offline ? { status: 'offline-empty' } : { status: 'loading' };
  }
  // No sheet in the cache yet: wait for the server's answer (it may hold one), unless offline.
  if (!s.snap.value && s.snap.fromCache && !offline) return { status: 'loading' };
  return {
    status: 'ready',
    entry: e.snap.value,
    sheet: s.snap.value,
    pendingWrites: s.snap.pendingWrites,
    fromCache: s.snap.fromCache,
  };
}
