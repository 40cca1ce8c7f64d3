import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

// Three projects, run at different stages of `npm test`:
// - unit: pure domain logic and React components (jsdom), no emulators;
// - emulators: rules and functions suites, run inside `firebase emulators:exec`;
// - e2e: browser journeys in headless Chromium (scripts/e2e.mjs sets them up).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'functions/src/**/*.test.ts',
          ],
          environment: 'jsdom',
          setupFiles: ['./test/setup/jsdom.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'emulators',
          // test/emulators/ starts a second, port-shifted set of emulators of its own.
          include: ['test/rules/**/*.test.ts', 'test/functions/**/*.test.ts', 'test/emulators/**/*.test.ts'],
          environment: 'node',
          // One emulator is shared by every file: run files one at a time so
          // clearFirestore() in one suite never wipes another's data.
          fileParallelism: false,
          testTimeout: 20000,
          // Seeding the whole demo (freshDemo) can take over 30 s on a loaded 2-core machine.
          hookTimeout: 120000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./test/setup/e2e.ts'],
          fileParallelism: false,
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
