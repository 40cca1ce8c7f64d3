import { useEffect, useState } from 'react';
import type { Live } from '@/lib/async/use-live';

/** A one-off read, keyed like useLive: a new key (or a retry) reads again. */
export function useOnce<T>(key: string | null, read: () => Promise<T>): Live<T> {
  const [state, setState] = useState<{ key: string; value: Live<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let active = true;
    read().then(
      (value) => active && setState({ key, value: { status: 'live', value } }),
      (error: unknown) => active && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.value : { status: 'loading' };
}
