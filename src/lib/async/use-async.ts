import { useEffect, useEffectEvent, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; data: T };

type Settled<T> = Exclude<AsyncState<T>, { status: 'loading' }>;

/**
 * Runs `load` whenever `key` changes (null: wait) and reports its state.
 * There is no cache: server data is read where it is shown. A result that
 * arrives for an older key is dropped, so fast navigation never shows the
 * previous page's data.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const requestKey = key === null ? null : `${key}#${attempt}`;
  const [settled, setSettled] = useState<{ key: string; state: Settled<T> } | null>(null);
  const runLoad = useEffectEvent(() => load());

  useEffect(() => {
    if (requestKey === null) return;
    let current = true;
    Promise.resolve()
      .then(runLoad)
      .then(
        (data) => current && setSettled({ key: requestKey, state: { status: 'success', data } }),
        (error: unknown) => current && setSettled({ key: requestKey, state: { status: 'error', error } }),
      );
    return () => {
      current = false;
    };
  }, [requestKey]);

  const retry = () => setAttempt((n) => n + 1);
  const state: AsyncState<T> = settled && settled.key === requestKey ? settled.state : { status: 'loading' };
  return { ...state, retry };
}
