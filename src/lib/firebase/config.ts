/// <reference types="vite/client" />
import type { FirebaseOptions } from 'firebase/app';

export const EMULATOR_PROJECT_ID = 'demo-judging';
export const EMULATOR_HOST = '127.0.0.1';
// A build for a second set of emulators (scripts/e2e.mjs --port-offset N) shifts every port.
const PORT_OFFSET = Number(import.meta.env.VITE_EMULATOR_PORT_OFFSET ?? 0) || 0;
export const EMULATOR_PORTS = {
  auth: 9099 + PORT_OFFSET,
  firestore: 8080 + PORT_OFFSET,
  functions: 5001 + PORT_OFFSET,
  storage: 9199 + PORT_OFFSET,
} as const;

export interface FirebaseEnv {
  DEV: boolean;
  VITE_USE_EMULATORS?: string;
  VITE_FIREBASE_API_KEY?: string;
  VITE_FIREBASE_AUTH_DOMAIN?: string;
  VITE_FIREBASE_PROJECT_ID?: string;
  VITE_FIREBASE_STORAGE_BUCKET?: string;
  VITE_FIREBASE_APP_ID?: string;
}

export interface ResolvedFirebaseConfig {
  options: FirebaseOptions;
  useEmulators: boolean;
}

/**
 * Emulators when asked for explicitly, or in dev when no project is
 * configured: a fresh clone then runs against `npm run dev` with no setup.
 * A `demo-` project id makes the emulators refuse to reach real services.
 */
export function resolveFirebaseConfig(env: FirebaseEnv): ResolvedFirebaseConfig {
  const apiKey = env.VITE_FIREBASE_API_KEY?.trim();
  const useEmulators = env.VITE_USE_EMULATORS === 'true' || (env.DEV && !apiKey);
  if (useEmulators) {
    return {
      useEmulators,
      options: {
        apiKey: 'demo-api-key',
        authDomain: `${EMULATOR_PROJECT_ID}.firebaseapp.com`,
        projectId: EMULATOR_PROJECT_ID,
        storageBucket: `${EMULATOR_PROJECT_ID}.appspot.com`,
        appId: 'demo-app-id',
      },
    };
  }
  return {
    useEmulators,
    options: {
      apiKey,
      authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
      projectId: env.VITE_FIREBASE_PROJECT_ID,
      storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET,
      appId: env.VITE_FIREBASE_APP_ID,
    },
  };
}
