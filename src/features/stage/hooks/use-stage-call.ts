import { useEffect, useRef, useState } from 'react';
import type { StageAction, StageActionType, StageControlResponse } from '@/domain/roadshow';
import { stageControl } from '../api/stage-control';
import { toStageError, type StageError } from '../api/stage-error';

export interface StageCall {
  /** The action being sent (its buttons show progress; the others wait). */
  pending: StageActionType | null;
  /** The last call's refusal or failure, until the next call. */
  error: (StageError & { action: StageActionType }) | null;
  run: (action: StageAction) => Promise<StageControlResponse | null>;
  dismiss: () => void;
}

/**
 * One stageControl call at a time from this laptop (a second press while one
 * is on its way would only be refused or repeat it). The outcome reaches the
 * page through the stage's listener, so the answer is returned only for what
 * no listener carries.
 */
export function useStageCall(competitionId: string, roundId: string): StageCall {
  const [pending, setPending] = useState<StageActionType | null>(null);
  const [error, setError] = useState<StageCall['error']>(null);
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = async (action: StageAction) => {
    if (busy.current) return null;
    busy.current = true;
    setPending(action.type);
    setError(null);
    try {
      return await stageControl(competitionId, roundId, action);
    } catch (e) {
      if (mounted.current) setError({ ...toStageError(e), action: action.type });
      return null;
    } finally {
      busy.current = false;
      if (mounted.current) setPending(null);
    }
  };

  return { pending, error, run, dismiss: () => setError(null) };
}
