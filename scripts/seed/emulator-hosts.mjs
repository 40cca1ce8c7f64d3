// Points the Admin SDK at the local emulators. emulators:exec sets these
// variables itself; `npm run dev` and `npm run seed` take them from firebase.json.
import { emulatorConfig } from '../emulators/emulator-env.mjs';

export function useEmulatorHosts(configPath) {
  const emulators = emulatorConfig(configPath);
  const hostOf = (name) => `${emulators[name].host}:${emulators[name].port}`;
  process.env.FIRESTORE_EMULATOR_HOST ??= hostOf('firestore');
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= hostOf('auth');
  process.env.FIREBASE_STORAGE_EMULATOR_HOST ??= hostOf('storage');
  process.env.GCLOUD_PROJECT ??= 'demo-judging';
  // No credentials locally: stop the Admin SDK probing for a cloud metadata server.
  process.env.METADATA_SERVER_DETECTION ??= 'none';
}
