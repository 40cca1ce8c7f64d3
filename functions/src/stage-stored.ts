// The roadshow's documents as stored: the domain's epoch-millisecond times
// (src/domain/model/stage.ts) become Firestore Timestamps, which the readers
// (doc schemas here, src/lib/firebase/stage-converters.ts in the app) turn
// back into milliseconds. Nothing else changes shape.
import { Timestamp } from 'firebase-admin/firestore';
import type { Reveal, ScreenFeed, Stage, StageTimer } from '../../src/domain/model';

const at = (ms: number) => Timestamp.fromMillis(ms);

function storedTimer(timer: StageTimer | null) {
  return timer && { ...timer, startedAt: timer.startedAt === null ? null : at(timer.startedAt) };
}

/**
 * The stage as stored, plus `scoringEntryId` for the rules: the team on
 * stage while its scoring is open, else null (firestore.rules compares a
 * roadshow draft's entry with this one field; the readers ignore it).
 */
export function storedStage(stage: Stage) {
  return {
    ...stage,
    scoringEntryId: stage.phase === 'scoring' ? (stage.current?.entryId ?? null) : null,
    draw: stage.draw && { ...stage.draw, at: at(stage.draw.at) },
    timer: storedTimer(stage.timer),
    updatedAt: at(stage.updatedAt),
  };
}

export function storedReveal(reveal: Reveal) {
  return { ...reveal, revealedAt: at(reveal.revealedAt) };
}

export function storedScreenFeed(feed: ScreenFeed) {
  return {
    ...feed,
    timer: storedTimer(feed.timer),
    reveal: feed.reveal && storedReveal(feed.reveal),
    updatedAt: at(feed.updatedAt),
  };
}
