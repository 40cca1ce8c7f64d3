import {
  connectFirestoreEmulator,
  getFirestore,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
  type Firestore,
} from 'firebase/firestore';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

/**
 * The full Firestore SDK with its persistent local cache (IndexedDB), for the
 * pages where nothing may be lost: a team's entry form (and the judge's score
 * sheet). Writes made offline are queued in the cache, survive a reload and
 * are sent when the network is back; listeners see them at once. Every other
 * page uses Firestore Lite (./firestore.ts), a quarter of the size. Loaded
 * only by the modules that need it, so other routes never download it.
 */
function createLiveDb(): Firestore {
  try {
    return initializeFirestore(firebaseApp, {
      localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
    });
  } catch {
    // Already initialised (hot module reload): the existing instance is the one to use.
    return getFirestore(firebaseApp);
  }
}

export const liveDb = createLiveDb();

connectEmulatorOnce('firestore-live', () => connectFirestoreEmulator(liveDb, EMULATOR_HOST, EMULATOR_PORTS.firestore));
