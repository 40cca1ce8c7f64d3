import { useState } from 'react';
import { saveComputation } from '../api/save-computation';
import { toSaveError, type SaveError } from '../api/save-error';

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; exportSha256: string }
  | { status: 'error'; error: SaveError };

/**
 * Saving a round's computation on the server. The state belongs to the round
 * it was started for: another round shows idle, and an answer that arrives
 * after a save of another round was started is dropped.
 */
export function useSaveComputation(cid: string, roundId: string) {
  const key = `${cid}:${roundId}`;
  const [saved, setSaved] = useState<{ key: string; state: SaveState } | null>(null);
  const state: SaveState = saved && saved.key === key ? saved.state : { status: 'idle' };

  const save = async () => {
    if (state.status === 'pending') return;
    setSaved({ key, state: { status: 'pending' } });
    let next: SaveState;
    try {
      const { exportSha256 } = await saveComputation(cid, roundId);
      next = { status: 'success', exportSha256 };
    } catch (error) {
      next = { status: 'error', error: toSaveError(error) };
    }
    setSaved((prev) => (prev && prev.key === key ? { key, state: next } : prev));
  };

  return { state, save };
}
