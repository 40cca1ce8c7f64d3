import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

export const storage = getStorage(firebaseApp);

connectEmulatorOnce('storage', () => connectStorageEmulator(storage, EMULATOR_HOST, EMULATOR_PORTS.storage));
