import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore/lite';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

/**
 * Firestore Lite: one-shot reads and writes over REST. The pages read what
 * they show when they show it (no listeners, no cache), so the full SDK's
 * streaming connection and its ~4x larger bundle buy nothing here; a future
 * live view (onSnapshot) would need 'firebase/firestore' in its own module.
 */
export const db = getFirestore(firebaseApp);

connectEmulatorOnce('firestore', () => connectFirestoreEmulator(db, EMULATOR_HOST, EMULATOR_PORTS.firestore));
