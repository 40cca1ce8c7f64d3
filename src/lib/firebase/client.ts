// The one place that initialises Firebase. Everything else imports the
// instances from here (features' api/ modules only).
import { getApp, getApps, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { EMULATOR_HOST, EMULATOR_PORTS, resolveFirebaseConfig } from './config';

const { options, useEmulators } = resolveFirebaseConfig(import.meta.env);

// getApps() guards against a second initialisation on hot module reload.
const alreadyInitialised = getApps().length > 0;
export const app = alreadyInitialised ? getApp() : initializeApp(options);
export const auth = getAuth(app);
export const db = getFirestore(app);
/** Callable functions are deployed in the default region (us-central1). */
export const functions = getFunctions(app);
export const storage = getStorage(app);
export const usingEmulators = useEmulators;

if (useEmulators && !alreadyInitialised) {
  connectAuthEmulator(auth, `http://${EMULATOR_HOST}:${EMULATOR_PORTS.auth}`, {
    disableWarnings: true,
  });
  connectFirestoreEmulator(db, EMULATOR_HOST, EMULATOR_PORTS.firestore);
  connectFunctionsEmulator(functions, EMULATOR_HOST, EMULATOR_PORTS.functions);
  connectStorageEmulator(storage, EMULATOR_HOST, EMULATOR_PORTS.storage);
}
