import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;

// The current minute. Countdowns only show minutes, so the value changes
// (and components re-render) at most once a minute.
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
};

export function useNow(): number {
  return useSyncExternalStore(subscribe, currentMinute, currentMinute);
}
