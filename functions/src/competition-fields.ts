// The competition's fields as the domain gives them (dates as epoch millis)
// turned into what is stored (Admin SDK Timestamps), at exactly the fields the
// document schema reads as dates (src/domain/model/doc-schemas.ts): the
// submission window and each round's opening and closing.
import { Timestamp } from 'firebase-admin/firestore';
import type { Round } from '../../src/domain/model';
import type { CompetitionSettings } from '../../src/domain/settings';

const stamp = (ms: number) => Timestamp.fromMillis(ms);
const stampOrNull = (ms: number | null) => (ms === null ? null : stamp(ms));

export function storedRounds(rounds: readonly Round[]) {
  return rounds.map((r) => ({ ...r, opensAt: stampOrNull(r.opensAt), closesAt: stampOrNull(r.closesAt) }));
}

/**
 * Plain data without its `undefined` values (an optional field a schema let
 * through as undefined), which Firestore refuses to store.
 */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutUndefined(v)])) as T;
}

/** The fields to write, dates as Timestamps; fields not given stay out. */
export function storedFields(given: Partial<CompetitionSettings>): Record<string, unknown> {
  const fields = withoutUndefined(given);
  const out: Record<string, unknown> = { ...fields };
  if (fields.rounds) out.rounds = storedRounds(fields.rounds);
  if (fields.submissionOpensAt !== undefined) out.submissionOpensAt = stamp(fields.submissionOpensAt);
  if (fields.submissionDeadline !== undefined) out.submissionDeadline = stamp(fields.submissionDeadline);
  return out;
}
