import { useEffect, useState } from 'react';

export type Live<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'live'; value: T };

type Subscribe<T> = (onNext: (value: T) => void, onError: (error: unknown) => void) => () => void;

/**
 * A listener's latest value, keyed: a new key (another round, another team,
 * a retry) starts over from loading, and a value of an old key is never
 * shown. null key: nothing to listen to. (The dashboard's and the stage
 * control's listeners.)
 */
export function useLive<T>(key: string | null, subscribe: Subscribe<T>): Live<T> {
  const [state, setState] = useState<{ key: string; value: Live<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let active = true;
    const unsubscribe = subscribe(
      (value) => active && setState({ key, value: { status: 'live', value } }),
      (error) => active && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      active = false;
      unsubscribe();
    };
    // `subscribe` is a new function each render; the key says what it listens to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.value : { status: 'loading' };
}
