// The Firebase app, initialised once. Each service lives in its own module
// (auth.ts, firestore.ts, functions.ts, storage.ts) so a page downloads only
// the SDK parts it uses: the sign-in page never loads Firestore.
import { getApp, getApps, initializeApp } from 'firebase/app';
import { resolveFirebaseConfig } from './config';

const { options, useEmulators } = resolveFirebaseConfig(import.meta.env);

// getApps() guards against a second initialisation on hot module reload.
export const firebaseApp = getApps().length > 0 ? getApp() : initializeApp(options);
export const usingEmulators = useEmulators;

const connected = ((globalThis as { __judgingEmulators?: Set<string> }).__judgingEmulators ??= new Set<string>());

/** Connects one service to its emulator, once per page load (HMR-safe). */
export function connectEmulatorOnce(service: string, connect: () => void): void {
  if (!useEmulators || connected.has(service)) return;
  connected.add(service);
  connect();
}
