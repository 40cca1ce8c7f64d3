// Whether a team may register for a competition now. `now` is the caller's
// clock: the server's in the registration function (the UI's is only a hint).
// Registration and editing share one window: from submissionOpensAt until
// the submission deadline (exclusive, like the rules' `request.time <
// submissionDeadline`).

/** What of a competition decides whether registration is open. */
export interface RegistrationWindowFacts {
  status: 'draft' | 'registration' | 'review' | 'final' | 'closed';
  visibility: 'public' | 'private';
  /** Epoch milliseconds. */
  submissionOpensAt: number;
  submissionDeadline: number;
}

/**
 * - 'unavailable': not a public competition in its registration phase (a
 *   private one says nothing more, not even whether its deadline passed);
 * - 'closed': the deadline has passed;
 * - 'not-yet': registration has not opened;
 * - 'open'.
 */
export type RegistrationWindow = 'open' | 'not-yet' | 'closed' | 'unavailable';

export function registrationWindow(competition: RegistrationWindowFacts, now: number): RegistrationWindow {
  if (competition.visibility !== 'public') return 'unavailable';
  if (!(now < competition.submissionDeadline)) return 'closed';
  if (competition.status !== 'registration') return 'unavailable';
  if (now < competition.submissionOpensAt) return 'not-yet';
  return 'open';
}
