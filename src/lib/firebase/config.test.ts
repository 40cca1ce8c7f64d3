// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveFirebaseConfig } from './config';

describe('resolveFirebaseConfig', () => {
  it('uses the emulators and the demo project in dev without an api key', () => {
    const config = resolveFirebaseConfig({ DEV: true });
    expect(config.useEmulators).toBe(true);
    expect(config.options.projectId).toBe('demo-judging');
  });

  it('uses the emulators when asked, even with a real config', () => {
    const config = resolveFirebaseConfig({
      DEV: false,
      VITE_USE_EMULATORS: 'true',
      VITE_FIREBASE_API_KEY: 'key',
      VITE_FIREBASE_PROJECT_ID: 'real',
    });
    expect(config.useEmulators).toBe(true);
    expect(config.options.projectId).toBe('demo-judging');
  });

  it('uses the configured project otherwise', () => {
    const config = resolveFirebaseConfig({
      DEV: false,
      VITE_FIREBASE_API_KEY: 'key',
      VITE_FIREBASE_PROJECT_ID: 'real',
      VITE_FIREBASE_APP_ID: 'app',
    });
    expect(config.useEmulators).toBe(false);
    expect(config.options).toMatchObject({ apiKey: 'key', projectId: 'real', appId: 'app' });
  });
});
