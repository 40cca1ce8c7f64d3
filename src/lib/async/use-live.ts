import { useEffect, useState } from 'react';

export type Live<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'live'; value: T };

/**
 * Starts a listener. `fromServer` is false for a value from the local cache
 * (a listener that does not say is taken to be the server's).
 */
type Subscribe<T> = (onNext: (value: T, fromServer?: boolean) => void, onError: (error: unknown) => void) => () => void;

/**
 * How long a listener may go without the server's answer before the value
 * is read by a plain request instead. A listen stream can stall where a
 * request goes through: a network that holds back streamed responses, or
 * (seen in the browser tests against the emulator) a listen channel left
 * unanswered for over a minute.
 */
export const READ_ONCE_AFTER_MS = 8000;
/** While the listener stays silent, the value is read again this often, so the page still moves. */
export const READ_AGAIN_EVERY_MS = 15000;

/**
 * A listener's latest value, keyed: a new key (another round, another team,
 * a retry) starts over from loading, and a value of an old key is never
 * shown. null key: nothing to listen to. (The dashboard's, the stage
 * control's and the results pages' listeners.)
 *
 * With `read` (a plain one-off request for the same value), a listener that
 * has not answered from the server after READ_ONCE_AFTER_MS is stood in for:
 * the value is read, shown, and read again every READ_AGAIN_EVERY_MS until
 * the listener's first answer from the server, which it then follows alone.
 */
export function useLive<T>(key: string | null, subscribe: Subscribe<T>, read?: () => Promise<T>): Live<T> {
  const [state, setState] = useState<{ key: string; value: Live<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let active = true;
    let heardServer = false;
    let shown = false;
    // A value read from the server is fresher than anything cached.
    let readShown = false;
    let readTimer: ReturnType<typeof setTimeout> | undefined;
    const show = (value: T) => {
      shown = true;
      setState({ key, value: { status: 'live', value } });
    };
    const readSoon = (delay: number) => {
      readTimer = setTimeout(() => {
        read!()
          .then(
            (value) => {
              if (!active || heardServer) return;
              readShown = true;
              show(value);
            },
            // Neither got through: say so (with a retry), unless something is shown.
            (error: unknown) =>
              active && !heardServer && !shown && setState({ key, value: { status: 'error', error } }),
          )
          .finally(() => active && !heardServer && readSoon(READ_AGAIN_EVERY_MS));
      }, delay);
    };
    if (read) readSoon(READ_ONCE_AFTER_MS);
    const unsubscribe = subscribe(
      (value, fromServer = true) => {
        if (!active) return;
        if (fromServer) {
          heardServer = true;
          clearTimeout(readTimer);
        } else if (readShown) return;
        show(value);
      },
      (error) => active && setState({ key, value: { status: 'error', error } }),
    );
    return () => {
      active = false;
      clearTimeout(readTimer);
      unsubscribe();
    };
    // `subscribe` and `read` are new functions each render; the key says what they are for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.value : { status: 'loading' };
}
