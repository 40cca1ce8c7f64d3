import { useEffect, useRef, useState } from 'react';
import type { Advancement } from '@/domain/model';
import { advanceRound, type AdvanceRequest } from '../api/advance-round';
import { toAdvanceError, type AdvanceError } from '../api/advance-error';

export type AdvanceRunState =
  | { status: 'idle' }
  | { status: 'pending'; request: AdvanceRequest }
  | { status: 'done'; request: AdvanceRequest; result: Advancement }
  | { status: 'failed'; request: AdvanceRequest; error: AdvanceError };

/**
 * One advancement call at a time; only the latest call's answer counts (an
 * answer arriving after the page is gone is dropped). `onDone` runs after a
 * success, to read the target round's advancement again.
 */
export function useAdvanceRun(onDone: () => void) {
  const [state, setState] = useState<AdvanceRunState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  const run = async (request: AdvanceRequest) => {
    if (state.status === 'pending') return;
    const call = ++latest.current;
    setState({ status: 'pending', request });
    let next: AdvanceRunState;
    try {
      next = { status: 'done', request, result: await advanceRound(request) };
    } catch (error) {
      next = { status: 'failed', request, error: toAdvanceError(error) };
    }
    if (latest.current !== call) return;
    setState(next);
    if (next.status === 'done') onDone();
  };

  const reset = () => {
    latest.current += 1;
    setState({ status: 'idle' });
  };

  return { state, run, reset };
}
