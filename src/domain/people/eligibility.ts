// Disqualifying and reinstating an entry (setEntryEligibility). A disqualified
// entry leaves assignment and ranking; reinstating returns it to where it was:
// submitted if it had been submitted, else a draft.
import type { EntryStatus } from '../model/entry';

export type EligibilityAction = 'disqualify' | 'reinstate';

export type EligibilityChange =
  | { ok: true; changed: true; to: EntryStatus }
  /** Already where the action leads (a second click): nothing to write. */
  | { ok: true; changed: false; to: EntryStatus }
  /** A withdrawn entry is out of the competition already; the team may reopen it. */
  | { ok: false; reason: 'entry-status'; status: EntryStatus };

export function eligibilityChange(
  entry: { status: EntryStatus; submittedAt: number | null },
  action: EligibilityAction,
): EligibilityChange {
  const { status } = entry;
  if (action === 'disqualify') {
    if (status === 'disqualified') return { ok: true, changed: false, to: status };
    if (status === 'withdrawn') return { ok: false, reason: 'entry-status', status };
    return { ok: true, changed: true, to: 'disqualified' };
  }
  if (status !== 'disqualified') {
    if (status === 'withdrawn') return { ok: false, reason: 'entry-status', status };
    return { ok: true, changed: false, to: status };
  }
  return { ok: true, changed: true, to: entry.submittedAt === null ? 'draft' : 'submitted' };
}
