// The progress documents, live, through the full Firestore SDK
// (src/lib/firebase/firestore-live.ts). They are kept by Firestore triggers
// (functions/src/progress-*.ts), so the dashboard never reads a sheet: one
// document for the round, one per judge, and only the entries that need
// attention. Organizers only (rules).
import { collection, doc, limit, onSnapshot, orderBy, query, where, type DocumentData } from 'firebase/firestore';
import type { EntryProgress, JudgeProgress, RoundProgress } from '@/domain/model';
import { liveDb } from '@/lib/firebase/firestore-live';
import { readEntryProgress, readJudgeProgress, readRoundProgress } from './read-progress';

type Unsubscribe = () => void;
type OnError = (error: unknown) => void;
/** Whether a snapshot is the server's answer rather than the local cache (see useLive's `read`). */
const fromServer = (snap: { metadata: { fromCache: boolean } }) => !snap.metadata.fromCache;
const col = (cid: string, name: string) => collection(liveDb, 'competitions', cid, name);
const data = (d: { data: (o: { serverTimestamps: 'estimate' }) => DocumentData }) =>
  d.data({ serverTimestamps: 'estimate' });

/** The round's totals; null while nothing of the round was counted yet (all zero). */
export function subscribeToRoundProgress(
  cid: string,
  roundId: string,
  onNext: (progress: RoundProgress | null, fromServer: boolean) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    doc(liveDb, 'competitions', cid, 'roundProgress', roundId),
    (snap) => onNext(snap.exists() ? readRoundProgress(data(snap), roundId) : null, fromServer(snap)),
    onError,
  );
}

/** One document per judge with work in the round. */
export function subscribeToJudgeProgress(
  cid: string,
  roundId: string,
  onNext: (progress: JudgeProgress[], fromServer: boolean) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    query(col(cid, 'judgeProgress'), where('roundId', '==', roundId)),
    (snap) =>
      onNext(
        snap.docs.map((d) => readJudgeProgress(data(d), d.id)),
        fromServer(snap),
      ),
    onError,
  );
}

/** The first `max` entries (by id) with fewer submitted sheets than the minimum. */
export function subscribeToShortEntries(
  cid: string,
  roundId: string,
  max: number,
  onNext: (progress: EntryProgress[], fromServer: boolean) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    query(
      col(cid, 'entryProgress'),
      where('roundId', '==', roundId),
      where('belowMinimum', '==', true),
      orderBy('entryId'),
      limit(max),
    ),
    (snap) =>
      onNext(
        snap.docs.map((d) => readEntryProgress(data(d), d.id)),
        fromServer(snap),
      ),
    onError,
  );
}

/**
 * Entries a judge recused from in the round (few: a recusal is rare); the
 * page keeps those still short of a replacement (awaitsReplacement).
 */
export function subscribeToRecusedEntries(
  cid: string,
  roundId: string,
  onNext: (progress: EntryProgress[], fromServer: boolean) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    query(col(cid, 'entryProgress'), where('roundId', '==', roundId), where('recused', '>', 0), limit(500)),
    (snap) =>
      onNext(
        snap.docs.map((d) => readEntryProgress(data(d), d.id)),
        fromServer(snap),
      ),
    onError,
  );
}
