// The stage control's listeners, through the full Firestore SDK
// (src/lib/firebase/firestore-live.ts): the stage, the round's reveals, the
// current team's sheets (whether each judge has submitted; the scores stay
// unread here until the reveal shows them) and the screen link's token.
// Two organizers' laptops see the same state because both only listen.
import { collection, doc, onSnapshot, query, where } from 'firebase/firestore';
import type { Reveal, SheetStatus, Stage } from '@/domain/model';
import { liveDb } from '@/lib/firebase/firestore-live';
import { readReveal, readStage } from '@/lib/firebase/stage-converters';

type Unsubscribe = () => void;
type OnError = (error: unknown) => void;
const col = (cid: string, name: string) => collection(liveDb, 'competitions', cid, name);

/** The stage of a roadshow round; null until its first stageControl call creates it. */
export function subscribeToStage(
  cid: string,
  roundId: string,
  onNext: (stage: Stage | null) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    doc(liveDb, 'competitions', cid, 'stages', roundId),
    (snap) => {
      const data = snap.data({ serverTimestamps: 'estimate' });
      onNext(data ? readStage(data, snap.id) : null);
    },
    onError,
  );
}

/** The round's reveals so far, by entry id. */
export function subscribeToReveals(
  cid: string,
  roundId: string,
  onNext: (reveals: Map<string, Reveal>) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    query(col(cid, 'reveals'), where('roundId', '==', roundId)),
    (snap) => {
      const reveals = new Map<string, Reveal>();
      for (const d of snap.docs) {
        const reveal = readReveal(d.data({ serverTimestamps: 'estimate' }), d.id);
        reveals.set(reveal.entryId, reveal);
      }
      onNext(reveals);
    },
    onError,
  );
}

/** Judge uid → the status of their sheet for the team on stage (no sheet: not started). */
export function subscribeToSheetStatuses(
  cid: string,
  roundId: string,
  entryId: string,
  onNext: (statuses: Map<string, SheetStatus>) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    query(col(cid, 'sheets'), where('roundId', '==', roundId), where('entryId', '==', entryId)),
    (snap) => {
      const statuses = new Map<string, SheetStatus>();
      for (const d of snap.docs) {
        const judgeUid: unknown = d.get('judgeUid');
        const status: unknown = d.get('status');
        if (typeof judgeUid !== 'string') continue;
        statuses.set(judgeUid, status === 'submitted' || status === 'recused' ? status : 'draft');
      }
      onNext(statuses);
    },
    onError,
  );
}

/** The big screen's current token (stageScreens/{roundId}); null before the first screen link. */
export function subscribeToScreenToken(
  cid: string,
  roundId: string,
  onNext: (token: string | null) => void,
  onError: OnError,
): Unsubscribe {
  return onSnapshot(
    doc(liveDb, 'competitions', cid, 'stageScreens', roundId),
    (snap) => {
      const token: unknown = snap.get('token');
      onNext(typeof token === 'string' && token ? token : null);
    },
    onError,
  );
}
