import { z } from 'zod';
import type { Reveal, Stage, StagePhase } from '../model';
import { MAX_DRAW_SEED } from './draw';

/** The most teams a roadshow round puts on stage (a final has tens). */
export const MAX_STAGE_ENTRIES = 300;

/** Shortest and longest pitch or question segment, in seconds. */
export const MIN_SEGMENT_SECONDS = 30;
export const MAX_SEGMENT_SECONDS = 3600;

// Ids as the functions accept them (functions/src/input.ts inputId), so an
// id in an action can only ever name one document.
const entryId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((s) => !s.includes('__'));
const seconds = z.int().min(MIN_SEGMENT_SECONDS).max(MAX_SEGMENT_SECONDS);

/**
 * What the stage control asks of `stageControl` (one callable, one action
 * per call): docs/roadshow.md says what each does and when it is refused.
 */
export const stageActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('init') }),
  z.strictObject({ type: z.literal('draw'), seed: z.int().min(0).max(MAX_DRAW_SEED).optional() }),
  z.strictObject({ type: z.literal('setOrder'), order: z.array(entryId).max(MAX_STAGE_ENTRIES) }),
  z.strictObject({ type: z.literal('absent'), entryId, absent: z.boolean() }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('goTo'), entryId }),
  z.strictObject({
    type: z.literal('timer'),
    segment: z.enum(['pitch', 'qa']),
    command: z.enum(['start', 'pause', 'reset']),
  }),
  z.strictObject({ type: z.literal('setTiming'), pitchSeconds: seconds, qaSeconds: seconds }),
  z.strictObject({ type: z.literal('openScoring') }),
  z.strictObject({ type: z.literal('reveal'), allowMissing: z.boolean().optional() }),
  z.strictObject({ type: z.literal('showJudgeNames'), value: z.boolean() }),
  z.strictObject({ type: z.literal('screenLink') }),
]);

export type StageAction = z.infer<typeof stageActionSchema>;
export type StageActionType = StageAction['type'];

/** `stageControl`'s input. */
export interface StageControlRequest {
  competitionId: string;
  roundId: string;
  action: StageAction;
}

/** `stageControl`'s answer. */
export interface StageControlResponse {
  stage: Stage;
  /** reveal: the team's reveal (the stored one when it was revealed before). */
  reveal?: Reveal;
  /** reveal: false when the reveal already existed and nothing was written. */
  created?: boolean;
  /** screenLink: the new screen token (the big screen's address is paths.screen(token)). */
  token?: string;
}

/**
 * Why an action is refused: the `details` of the callable's
 * `failed-precondition` error (with `reason` and these parameters), which the
 * stage control translates. The first group is the shared contract's; the
 * rest name cases it left open (docs/roadshow.md).
 */
export type StageRefusal =
  | { reason: 'not-roadshow' }
  | { reason: 'already-started' }
  | { reason: 'not-a-permutation' }
  | { reason: 'order-locked' }
  | { reason: 'already-revealed' }
  | { reason: 'on-stage' }
  | { reason: 'scoring-open' }
  | { reason: 'no-team' }
  | { reason: 'round-not-open' }
  | { reason: 'waiting'; missing: number }
  | { reason: 'below-minimum'; submitted: number; minimum: number }
  /** goTo or absent of an entry that is not in the running order. */
  | { reason: 'not-in-order' }
  /** goTo a team marked absent (mark it present first). */
  | { reason: 'is-absent' }
  /** openScoring or reveal in a phase where it means nothing (e.g. reveal before scoring opened). */
  | { reason: 'wrong-phase'; phase: StagePhase };

export type StageRefusalReason = StageRefusal['reason'];

/** Refusals as values: the pure transitions return them, the callable throws them. */
export type Refusable<T> = { ok: true; value: T } | ({ ok: false } & StageRefusal);

export const refuse = (r: StageRefusal): { ok: false } & StageRefusal => ({ ok: false, ...r });
