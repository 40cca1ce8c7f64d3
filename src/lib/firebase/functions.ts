import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { firebaseApp, connectEmulatorOnce } from './app';
import { EMULATOR_HOST, EMULATOR_PORTS } from './config';

/** Callable functions, in the default region (us-central1). */
export const functions = getFunctions(firebaseApp);

connectEmulatorOnce('functions', () => connectFunctionsEmulator(functions, EMULATOR_HOST, EMULATOR_PORTS.functions));
