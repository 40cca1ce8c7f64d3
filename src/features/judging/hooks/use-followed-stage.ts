import { useEffect, useState } from 'react';
import { followStage, type FollowedStage } from '../api/stage-follow';

export type FollowedStageState =
  { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void } | ({ status: 'live' } & FollowedStage);

/** The round's stage as this phone last heard it; a retry (or another round) listens afresh. */
export function useFollowedStage(cid: string, roundId: string): FollowedStageState {
  const [attempt, setAttempt] = useState(0);
  const key = `${cid}/${roundId}/${attempt}`;
  const [state, setState] = useState<{ key: string; value: FollowedStageState } | null>(null);
  useEffect(() => {
    let active = true;
    const stop = followStage(
      cid,
      roundId,
      (followed) => active && setState({ key, value: { status: 'live', ...followed } }),
      (error) => active && setState({ key, value: { status: 'error', error, retry: () => setAttempt((n) => n + 1) } }),
    );
    return () => {
      active = false;
      stop();
    };
  }, [cid, roundId, key]);
  return state?.key === key ? state.value : { status: 'loading' };
}
