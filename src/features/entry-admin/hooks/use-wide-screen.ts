import { useSyncExternalStore } from 'react';

/** Where the list turns from cards (phones) into a table. */
const WIDE = '(min-width: 900px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(WIDE);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};

/** Whether the screen is wide enough for the table (else: cards), kept current as the window changes. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(WIDE).matches ?? true,
    () => true,
  );
}
