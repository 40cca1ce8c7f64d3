// The live roadshow's documents (stages/{roundId}, reveals/{roundId}__{entryId})
// → domain types (src/domain/model/stage.ts). They are written only by the
// stageControl function and read by onSnapshot through the full SDK, whose
// Timestamp class is not Lite's: dates are recognised by their toMillis(),
// at any depth they occur (timer.startedAt, draw.at). Reading is lenient, as
// in ./converters.ts: one odd field never breaks the stage control or a phone.
// The screen feed (screens/{token}) reuses readReveal, readStageTeam and
// readStageTimer (./screen-converter.ts).
import type { DocumentData, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase/firestore';
import {
  DEFAULT_ROADSHOW_TIMING,
  type Reveal,
  type RevealedSheet,
  type RoadshowTiming,
  type Stage,
  type StageDraw,
  type StagePhase,
  type StageTeam,
  type StageTimer,
  type TimerSegment,
} from '@/domain/model/stage';

type Raw = Record<string, unknown>;

/** Epoch ms from a Timestamp of either SDK (anything with toMillis()), a number or a Date; otherwise null. */
export function anyMillis(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date) return value.getTime();
  const t = value as { toMillis?: unknown } | null;
  if (t && typeof t === 'object' && typeof t.toMillis === 'function') return (t.toMillis as () => number).call(t);
  return null;
}

const obj = (value: unknown): Raw | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : null;
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const PHASES: readonly StagePhase[] = ['idle', 'on-stage', 'scoring', 'revealed'];
const SEGMENTS: readonly TimerSegment[] = ['pitch', 'qa'];

/** The team on stage; null when absent or without an entry id. */
export function readStageTeam(value: unknown): StageTeam | null {
  const t = obj(value);
  if (!t || typeof t.entryId !== 'string' || !t.entryId) return null;
  return { entryId: t.entryId, code: str(t.code), title: str(t.title) };
}

/** A countdown; null when absent. A startedAt that is not a date reads as paused. */
export function readStageTimer(value: unknown): StageTimer | null {
  const t = obj(value);
  if (!t) return null;
  return {
    segment: oneOf(t.segment, SEGMENTS, 'pitch'),
    durationMs: Math.max(0, num(t.durationMs)),
    elapsedMs: Math.max(0, num(t.elapsedMs)),
    startedAt: anyMillis(t.startedAt),
  };
}

function readDraw(value: unknown): StageDraw | null {
  const d = obj(value);
  if (!d || typeof d.seed !== 'number') return null;
  return {
    seed: d.seed,
    from: strings(d.from),
    order: strings(d.order),
    at: anyMillis(d.at) ?? 0,
    by: str(d.by),
  };
}

function readTiming(value: unknown): RoadshowTiming {
  const t = obj(value);
  return {
    pitchSeconds: num(t?.pitchSeconds, DEFAULT_ROADSHOW_TIMING.pitchSeconds),
    qaSeconds: num(t?.qaSeconds, DEFAULT_ROADSHOW_TIMING.qaSeconds),
  };
}

/** `stages/{roundId}`; the document id is the round id. */
export function readStage(d: Raw, id: string): Stage {
  return {
    roundId: str(d.roundId, id),
    order: strings(d.order),
    absent: strings(d.absent),
    draw: readDraw(d.draw),
    phase: oneOf(d.phase, PHASES, 'idle'),
    current: readStageTeam(d.current),
    timer: readStageTimer(d.timer),
    revealed: strings(d.revealed),
    showJudgeNames: d.showJudgeNames === true,
    timing: readTiming(d.timing),
    revision: num(d.revision),
    updatedAt: anyMillis(d.updatedAt) ?? 0,
  };
}

function readRevealedSheet(value: unknown, index: number): RevealedSheet {
  const s = obj(value) ?? {};
  return {
    judgeNumber: num(s.judgeNumber, index + 1),
    name: typeof s.name === 'string' && s.name ? s.name : null,
    total: str(s.total),
    struck: s.struck === 'high' || s.struck === 'low' ? s.struck : null,
  };
}

/** `reveals/{roundId}__{entryId}` (also the screen feed's `reveal`); ids from the document id when missing. */
export function readReveal(d: Raw, id = ''): Reveal {
  const cut = id.indexOf('__');
  return {
    roundId: str(d.roundId, cut > 0 ? id.slice(0, cut) : ''),
    entryId: str(d.entryId, cut > 0 ? id.slice(cut + 2) : ''),
    code: str(d.code),
    title: str(d.title),
    sheets: (Array.isArray(d.sheets) ? d.sheets : []).map(readRevealedSheet),
    score: str(d.score),
    method: str(d.method),
    missing: num(d.missing),
    revealedAt: anyMillis(d.revealedAt) ?? 0,
    revealedBy: str(d.revealedBy),
  };
}

/** Read-only converters for the full SDK (doc(...).withConverter(stageConverter)); only functions write these. */
function readOnly<T>(read: (d: Raw, id: string) => T, what: string): FirestoreDataConverter<T> {
  return {
    toFirestore(): DocumentData {
      throw new Error(`${what} are written by the stageControl function only`);
    },
    fromFirestore(snapshot: QueryDocumentSnapshot): T {
      // A pending server timestamp reads as the local estimate, not null.
      return read(snapshot.data({ serverTimestamps: 'estimate' }), snapshot.id);
    },
  };
}

export const stageConverter = readOnly(readStage, 'stages');
export const revealConverter = readOnly(readReveal, 'reveals');
