// Progress documents as the dashboard reads them: lenient (a missing count
// is 0, a missing time null), dates as epoch millis.
import type { EntryProgress, JudgeProgress, RoundProgress } from '@/domain/model';

type Raw = Record<string, unknown>;

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);
const str = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
/** A Timestamp of either SDK, or millis; null for anything else. */
export function millisOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const t = v as { toMillis?: unknown } | null;
  return t && typeof t === 'object' && typeof t.toMillis === 'function' ? (t.toMillis as () => number)() : null;
}
/** `{roundId}__{rest}` → rest, for a document missing its own fields. */
const afterRound = (id: string) => id.slice(id.indexOf('__') + 2);

export const readRoundProgress = (d: Raw, id: string): RoundProgress => ({
  roundId: str(d.roundId, id),
  assigned: count(d.assigned),
  submitted: count(d.submitted),
  drafts: count(d.drafts),
  recused: count(d.recused),
  asOf: millisOf(d.asOf) ?? 0,
});

export const readJudgeProgress = (d: Raw, id: string): JudgeProgress => ({
  roundId: str(d.roundId, ''),
  judgeUid: str(d.judgeUid, afterRound(id)),
  assigned: count(d.assigned),
  submitted: count(d.submitted),
  drafts: count(d.drafts),
  recused: count(d.recused),
  lastActivityAt: millisOf(d.lastActivityAt),
  asOf: millisOf(d.asOf) ?? 0,
});

export const readEntryProgress = (d: Raw, id: string): EntryProgress => {
  const submitted = count(d.submitted);
  const minimum = Math.max(1, count(d.minimum));
  return {
    roundId: str(d.roundId, ''),
    entryId: str(d.entryId, afterRound(id)),
    assigned: count(d.assigned),
    submitted,
    recused: count(d.recused),
    minimum,
    belowMinimum: typeof d.belowMinimum === 'boolean' ? d.belowMinimum : submitted < minimum,
    asOf: millisOf(d.asOf) ?? 0,
  };
};
