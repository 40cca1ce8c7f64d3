import type { StageRefusalReason } from '@/domain/roadshow';
import { callableCode, errorKind, type ErrorKind } from '@/lib/errors';

/** A refused or failed stage action, for choosing a translated message (stage.errors.<kind>). */
export interface StageError {
  kind: StageRefusalReason | 'invalid' | ErrorKind;
  /** The refusal's numbers (missing, submitted, minimum) and phase, for the message. */
  params: Record<string, string | number>;
}

const REASONS: readonly StageRefusalReason[] = [
  'not-roadshow',
  'already-started',
  'not-a-permutation',
  'order-locked',
  'already-revealed',
  'on-stage',
  'scoring-open',
  'no-team',
  'round-not-open',
  'waiting',
  'below-minimum',
  'not-in-order',
  'is-absent',
  'wrong-phase',
];

/**
 * Reads an error of `stageControl`: a refusal is `failed-precondition` with
 * `details.reason` and its numbers; anything else maps as any Firebase error.
 */
export function toStageError(error: unknown): StageError {
  const details = (error as { details?: unknown } | null)?.details;
  const d = details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
  if (typeof d.reason === 'string' && REASONS.includes(d.reason as StageRefusalReason)) {
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(d)) if (typeof v === 'number' || typeof v === 'string') params[k] = v;
    return { kind: d.reason as StageRefusalReason, params };
  }
  if (callableCode(error) === 'invalid-argument') return { kind: 'invalid', params: {} };
  return { kind: errorKind(error), params: {} };
}
