import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/** Parameters to set (a value) or remove (null or ''). */
export type ParamChanges = Record<string, string | null>;

/**
 * The address's query parameters, and a function that changes some of them
 * in place (replacing the history entry, so Back leaves the page rather than
 * undoing each change) and keeps the others.
 *
 * Why not react-router's `setSearchParams(prev => …)`: its `prev` is the
 * parameters of the last render, not of the address. Two changes before the
 * next render (a track picked, then a letter typed, on a phone still busy
 * rendering the first) and the second writes the first one away. Here a
 * change starts from the last change made, until the router has shown it.
 */
export function useSearchParamChanges(): [URLSearchParams, (changes: ParamChanges) => void] {
  const [params, setParams] = useSearchParams();
  // The last change made, and the parameters it was made on: while the
  // router still shows those, the next change builds on it.
  const pending = useRef<{ on: URLSearchParams; made: URLSearchParams } | null>(null);

  const change = (changes: ParamChanges) => {
    const start = pending.current?.on === params ? pending.current.made : params;
    const next = new URLSearchParams(start);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    pending.current = { on: params, made: next };
    setParams(next, { replace: true });
  };
  return [params, change];
}
