// The competition's life, one step at a time:
//   draft → registration → review → final → closed
// (final is skipped when the competition has a single round). Each step
// forward is checked, and each step sets the rounds' statuses: review opens
// the first round, final closes it and opens the second, closed closes
// every round. A step back is allowed (an organizer who opened too early),
// and closes whatever round the later step had opened; nothing is deleted.
import type { Competition, CompetitionStatus, Round, RoundStatus } from '../model';
import { withRoundMirrors } from './apply-section';

export const STATUS_ORDER: readonly CompetitionStatus[] = ['draft', 'registration', 'review', 'final', 'closed'];

export type StatusRefusal =
  | { code: 'same-status' }
  | { code: 'not-one-step'; from: CompetitionStatus; to: CompetitionStatus }
  | { code: 'no-title' }
  | { code: 'no-tracks' }
  | { code: 'no-submission-window' }
  | { code: 'no-round' }
  | { code: 'no-final-round' }
  | { code: 'rubric-empty'; roundId: string };

type Stepped = Pick<Competition, 'status' | 'title' | 'tracks' | 'rounds' | 'submissionOpensAt' | 'submissionDeadline'>;

/** The statuses this competition passes through: without a second round there is no final. */
export function statusPath(c: Pick<Competition, 'rounds'>): CompetitionStatus[] {
  return STATUS_ORDER.filter((s) => s !== 'final' || c.rounds.length >= 2);
}

/** The step forward and the step back from where the competition is (null at either end). */
export function adjacentStatuses(c: Stepped): { next: CompetitionStatus | null; previous: CompetitionStatus | null } {
  const path = statusPath(c);
  const at = path.indexOf(c.status);
  // A single-round competition that somehow sits in final: its neighbours are review and closed.
  const i = at === -1 ? STATUS_ORDER.indexOf(c.status) - 1 : at;
  return { next: path[i + 1] ?? null, previous: at === -1 ? (path[i] ?? null) : (path[i - 1] ?? null) };
}

/** Why `c` cannot enter `to` going forward: empty when it can. */
export function forwardRefusals(c: Stepped, to: CompetitionStatus): StatusRefusal[] {
  const refusals: StatusRefusal[] = [];
  const rubricOf = (round: Round | undefined) => {
    if (round && round.rubric.criteria.length === 0) refusals.push({ code: 'rubric-empty', roundId: round.id });
  };
  if (to === 'registration') {
    if (!c.title.trim()) refusals.push({ code: 'no-title' });
    if (c.tracks.length === 0) refusals.push({ code: 'no-tracks' });
    if (!(c.submissionDeadline > c.submissionOpensAt)) refusals.push({ code: 'no-submission-window' });
  } else if (to === 'review') {
    if (c.rounds.length === 0) refusals.push({ code: 'no-round' });
    rubricOf(c.rounds[0]);
  } else if (to === 'final') {
    if (c.rounds.length < 2) refusals.push({ code: 'no-final-round' });
    rubricOf(c.rounds[1]);
  }
  return refusals;
}

/** Each round's status once the competition is in `status`. */
export function roundStatusesFor(rounds: readonly Round[], status: CompetitionStatus): RoundStatus[] {
  const closeIfOpen = (s: RoundStatus): RoundStatus => (s === 'open' ? 'closed' : s);
  return rounds.map((r, i) => {
    if (status === 'review' && i === 0) return 'open';
    if (status === 'final' && i === 0) return 'closed';
    if (status === 'final' && i === 1) return 'open';
    return closeIfOpen(r.status);
  });
}

export type StatusChange =
  | { ok: true; value: Pick<Competition, 'status' | 'rounds' | 'roundCriterionIds' | 'openRoundIds'> }
  | { ok: false; refusals: StatusRefusal[] };

/** The fields to write to move `c` to `to`, or why it cannot move there. */
export function changeStatus(c: Stepped, to: CompetitionStatus): StatusChange {
  if (c.status === to) return { ok: false, refusals: [{ code: 'same-status' }] };
  const { next, previous } = adjacentStatuses(c);
  if (to !== next && to !== previous) return { ok: false, refusals: [{ code: 'not-one-step', from: c.status, to }] };
  if (to === next) {
    const refusals = forwardRefusals(c, to);
    if (refusals.length > 0) return { ok: false, refusals };
  }
  const statuses = roundStatusesFor(c.rounds, to);
  const rounds = c.rounds.map((r, i) => ({ ...r, status: statuses[i] ?? r.status }));
  return { ok: true, value: { status: to, ...withRoundMirrors(rounds) } };
}
