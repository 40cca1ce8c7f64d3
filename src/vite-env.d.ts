/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_STORAGE_BUCKET?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  /** 'true' connects the SDK to the local emulators (project demo-judging). */
  readonly VITE_USE_EMULATORS?: string;
  /** Shifts every emulator port (a second set beside the default: `npm run test:e2e -- --port-offset N`). */
  readonly VITE_EMULATOR_PORT_OFFSET?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
