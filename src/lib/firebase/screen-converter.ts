// The big screen's feed (top-level screens/{token}) → ScreenFeed. Written
// only by the stageControl function; read signed out by onSnapshot through
// the full SDK. Lenient like every reader here: an odd field shows as empty
// on the projector rather than breaking it. The team, timer and reveal are
// read by the stage's own readers (./stage-converters.ts), so the screen and
// the stage control never disagree on what a field means.
import type { DocumentData, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase/firestore';
import type { ScreenFeed, ScreenStanding, StagePhase } from '@/domain/model/stage';
import { anyMillis, readReveal, readStageTeam, readStageTimer } from './stage-converters';

type Raw = Record<string, unknown>;

const PHASES: readonly StagePhase[] = ['idle', 'on-stage', 'scoring', 'revealed'];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const obj = (value: unknown): Raw | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : null;

function readStanding(value: unknown, index: number): ScreenStanding {
  const s = obj(value) ?? {};
  const rank = typeof s.rank === 'number' && Number.isFinite(s.rank) ? s.rank : index + 1;
  return { rank, code: str(s.code), title: str(s.title), score: str(s.score) };
}

export function readScreenFeed(d: Raw): ScreenFeed {
  const reveal = obj(d.reveal);
  return {
    competitionId: str(d.competitionId),
    roundId: str(d.roundId),
    title: str(d.title),
    titleEn: str(d.titleEn),
    roundName: str(d.roundName),
    roundNameEn: str(d.roundNameEn),
    phase: PHASES.includes(d.phase as StagePhase) ? (d.phase as StagePhase) : 'idle',
    current: readStageTeam(d.current),
    timer: readStageTimer(d.timer),
    reveal: reveal ? readReveal(reveal) : null,
    leaderboard: (Array.isArray(d.leaderboard) ? d.leaderboard : []).map(readStanding),
    updatedAt: anyMillis(d.updatedAt) ?? 0,
  };
}

/** Read-only: the screen never writes its feed (the stageControl function does). */
export const screenFeedConverter: FirestoreDataConverter<ScreenFeed> = {
  toFirestore(): DocumentData {
    throw new Error('screen feeds are written by the stageControl function only');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): ScreenFeed {
    return readScreenFeed(snapshot.data({ serverTimestamps: 'estimate' }));
  },
};
