import { useRef, useState } from 'react';
import { submissionFailure, type SubmissionFailure } from '../../api/submission-errors';

/** A refusal, or the form's latest edits not acknowledged by the server yet. */
export type ActionFailure = SubmissionFailure | { kind: 'not-saved' };

/** Thrown by an action to report its own failure kind (not an SDK error). */
export class ActionRefused extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.kind);
  }
}

/**
 * Runs one action at a time on the entry: `phase` names what is running (for
 * the progress text), a second press while it runs does nothing (the ref, not
 * the state, so two clicks in one frame cannot both start), and a failure is
 * read into what to tell the team.
 */
export function useEntryAction<Phase extends string>() {
  const running = useRef(false);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  async function run(first: Phase, action: (setPhase: (p: Phase) => void) => Promise<void>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setPhase(first);
    setFailure(null);
    try {
      await action(setPhase);
    } catch (error) {
      setFailure(error instanceof ActionRefused ? error.failure : submissionFailure(error));
    } finally {
      running.current = false;
      setPhase(null);
    }
  }

  return { phase, failure, run, clearFailure: () => setFailure(null) };
}
