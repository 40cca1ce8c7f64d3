// A submit pressed without network is kept on the device (localStorage, one
// item per sheet) and sent when the network is back: on the browser's
// `online` event, and when a scoring screen of the competition opens.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { errorKind } from '@/lib/errors';
import { submitSheet, type SubmitSheetRequest } from '../api/sheet-actions';
import { waitForQueuedSheetSaves } from '../api/sheet-live';

const PREFIX = 'judging.pendingSubmit.';
const keyOf = (cid: string, sid: string) => `${PREFIX}${cid}.${sid}`;

// Changes made by this tab; other tabs' arrive as `storage` events.
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());
const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
};

function read(key: string): SubmitSheetRequest | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as SubmitSheetRequest) : null;
  } catch {
    return null;
  }
}

function pendingKeys(cid: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${cid}.`)) keys.push(key);
  }
  return keys;
}

/** Resolves when the queued draft saves have reached the server, or false if the network goes first. */
function savesSynced(): Promise<boolean> {
  return Promise.race([
    waitForQueuedSheetSaves().then(() => true),
    new Promise<boolean>((resolve) => window.addEventListener('offline', () => resolve(false), { once: true })),
  ]);
}

const sending = new Set<string>();

/**
 * Sends every pending submit of the competition. One that the server refuses
 * (not a network failure) is dropped and reported through `onRefused`, so the
 * judge sees why and can submit again.
 */
async function sendPending(cid: string, onRefused: (key: string, error: unknown) => void): Promise<void> {
  if (!navigator.onLine) return;
  for (const key of pendingKeys(cid)) {
    const request = read(key);
    if (!request || sending.has(key)) continue;
    sending.add(key);
    try {
      // The draft saves made offline go first: the function builds on the stored revision.
      if (!(await savesSynced())) return;
      await submitSheet(request);
      localStorage.removeItem(key);
    } catch (error) {
      if (errorKind(error) !== 'network') {
        localStorage.removeItem(key);
        onRefused(key, error);
      }
    } finally {
      sending.delete(key);
      changed();
    }
  }
}

export interface PendingSubmit {
  /** This sheet's submit is waiting for the network. */
  pending: boolean;
  /** The server refused this sheet's pending submit when it was sent. */
  refused: unknown;
  queue: (request: SubmitSheetRequest) => void;
  cancel: () => void;
}

export function useSheetPendingSubmit(cid: string, sid: string): PendingSubmit {
  const key = keyOf(cid, sid);
  const pending = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(key) !== null,
    () => false,
  );
  const [refused, setRefused] = useState<{ key: string; error: unknown } | null>(null);

  useEffect(() => {
    const send = () => void sendPending(cid, (k, error) => setRefused({ key: k, error }));
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [cid]);

  const queue = useCallback(
    (request: SubmitSheetRequest) => {
      localStorage.setItem(key, JSON.stringify(request));
      setRefused(null);
      changed();
      // The network may already be back (or never was gone: a failed call).
      void sendPending(cid, (k, error) => setRefused({ key: k, error }));
    },
    [cid, key],
  );
  const cancel = useCallback(() => {
    localStorage.removeItem(key);
    changed();
  }, [key]);

  return { pending, refused: refused?.key === key ? refused.error : null, queue, cancel };
}
