import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  type Auth,
} from 'firebase/auth';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

/**
 * Firebase Auth; sessions persist across reloads (IndexedDB, else
 * localStorage: what getAuth() sets up). initializeAuth() rather than
 * getAuth() leaves out the popup and redirect sign-in code (email and
 * password only), which every page would otherwise download. Kept on
 * globalThis: initialising twice (hot module reload) throws.
 */
const holder = globalThis as { __judgingAuth?: Auth };
export const auth = (holder.__judgingAuth ??= initializeAuth(firebaseApp, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence],
}));

connectEmulatorOnce('auth', () =>
  connectAuthEmulator(auth, `http://${EMULATOR_HOST}:${EMULATOR_PORTS.auth}`, {
    disableWarnings: true,
  }),
);
