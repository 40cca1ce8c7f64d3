import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

/** Firebase Auth; sessions persist across reloads (the SDK's default). */
export const auth = getAuth(firebaseApp);

connectEmulatorOnce('auth', () =>
  connectAuthEmulator(auth, `http://${EMULATOR_HOST}:${EMULATOR_PORTS.auth}`, {
    disableWarnings: true,
  }),
);
