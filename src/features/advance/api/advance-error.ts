import { callableCode, errorKind } from '@/lib/errors';

/** What went wrong with an advancement, for choosing a translated message. */
export type AdvanceErrorKind =
  | 'not-computed'
  | 'round-closed'
  | 'not-tied'
  | 'entries-changed'
  | 'too-many-pairs'
  | 'invalid'
  | 'permission'
  | 'not-found'
  | 'network'
  | 'unknown';

export interface AdvanceError {
  kind: AdvanceErrorKind;
  /** The entries the refusal names (not tied, or no longer competing), else []. */
  entryIds: string[];
}

const REASONS: readonly string[] = ['not-computed', 'round-closed', 'not-tied', 'entries-changed', 'too-many-pairs'];

/**
 * Reads an error of the `advanceRound` callable: refusals carry
 * `details.reason` (and `details.entryIds` for a refusal about entries);
 * other codes map as any Firebase error does.
 */
export function toAdvanceError(error: unknown): AdvanceError {
  const details = (error as { details?: unknown } | null)?.details;
  const d = details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
  const entryIds = Array.isArray(d.entryIds) ? d.entryIds.filter((x): x is string => typeof x === 'string') : [];
  if (typeof d.reason === 'string' && REASONS.includes(d.reason)) {
    return { kind: d.reason as AdvanceErrorKind, entryIds };
  }
  if (callableCode(error) === 'invalid-argument') return { kind: 'invalid', entryIds: [] };
  return { kind: errorKind(error), entryIds: [] };
}
