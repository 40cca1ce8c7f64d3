import { HttpsError } from 'firebase-functions/v2/https';
import type { StageRefusal } from '../../src/domain/roadshow';

/** One English line per refusal; the stage control shows its own translation of `details.reason`. */
const MESSAGES: Record<StageRefusal['reason'], string> = {
  'not-roadshow': 'This round is not a roadshow round.',
  'already-started': 'Teams have already been on stage: the order can no longer be drawn.',
  'not-a-permutation': 'The new order must list every team of the stage exactly once.',
  'order-locked': 'Revealed teams and the team on stage keep their places in the order.',
  'already-revealed': 'This team has already been revealed.',
  'on-stage': 'This team is on stage now.',
  'scoring-open': 'Scoring is open: reveal this team before calling another.',
  'no-team': 'No team is on stage.',
  'round-not-open': 'This round is not open for scoring: open it with the competition status first.',
  waiting: 'Some judges have not submitted yet: wait, or reveal without them.',
  'below-minimum': 'Too few sheets are submitted to reveal this team (below the round’s minimum).',
  'not-in-order': 'This team is not in the running order of this round.',
  'is-absent': 'This team is marked absent: mark it present first.',
  'wrong-phase': 'The stage is not at the step this needs.',
};

/** The callable's error for a refusal: `failed-precondition` with `details: { reason, ...params }`. */
export function stageRefusal(refusal: StageRefusal): HttpsError {
  return new HttpsError('failed-precondition', MESSAGES[refusal.reason], { ...refusal });
}
