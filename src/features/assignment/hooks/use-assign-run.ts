import { useEffect, useRef, useState } from 'react';
import { assignRound, type AssignRoundResult, type AssignStrategy, type TrackPool } from '../api/assign-round';
import { toAssignError, type AssignError } from '../api/assign-error';

/** A request as the organizer chose it; the competition and round are the page's. */
export interface AssignChoice {
  strategy: AssignStrategy;
  pools: TrackPool[];
}

export type AssignRunState =
  | { status: 'idle' }
  | { status: 'pending'; phase: 'preview' | 'commit'; choice: AssignChoice; preview: AssignRoundResult | null }
  | { status: 'previewed'; choice: AssignChoice; result: AssignRoundResult }
  | { status: 'committed'; choice: AssignChoice; result: AssignRoundResult; at: number }
  | {
      status: 'failed';
      phase: 'preview' | 'commit';
      choice: AssignChoice;
      error: AssignError;
      /** A failed commit keeps the preview it was asked from on screen. */
      preview: AssignRoundResult | null;
    };

/** Two choices are the same request when they would send the same pools. */
export const sameChoice = (a: AssignChoice, b: AssignChoice) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Preview, then commit, one round's assignment through `assignRound`. Only
 * the latest call counts: an answer to an earlier one (or one arriving after
 * the page is gone) is dropped. Commit sends the choice that was previewed.
 */
export function useAssignRun(competitionId: string, roundId: string) {
  const [state, setState] = useState<AssignRunState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  const run = async (phase: 'preview' | 'commit', choice: AssignChoice, preview: AssignRoundResult | null) => {
    const call = ++latest.current;
    setState({ status: 'pending', phase, choice, preview });
    let next: AssignRunState;
    try {
      const result = await assignRound({ competitionId, roundId, commit: phase === 'commit', ...choice });
      next =
        phase === 'commit'
          ? { status: 'committed', choice, result, at: Date.now() }
          : { status: 'previewed', choice, result };
    } catch (error) {
      next = { status: 'failed', phase, choice, error: toAssignError(error), preview };
    }
    if (latest.current === call) setState(next);
  };

  const preview = (choice: AssignChoice) => run('preview', choice, null);
  // A commit goes from a preview, or again after a failed commit of one.
  const commit = () => {
    if (state.status === 'previewed') return run('commit', state.choice, state.result);
    if (state.status === 'failed' && state.preview) return run('commit', state.choice, state.preview);
    return Promise.resolve();
  };
  return { state, preview, commit };
}
