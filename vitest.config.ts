import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

// Two projects, run at different stages of `npm test`:
// - unit: pure domain logic and React components (jsdom), no emulators;
// - emulators: rules and functions suites, run inside `firebase emulators:exec`.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./test/setup/jsdom.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'emulators',
          include: ['test/rules/**/*.test.ts', 'test/functions/**/*.test.ts'],
          environment: 'node',
          // One emulator is shared by every file: run files one at a time so
          // clearFirestore() in one suite never wipes another's data.
          fileParallelism: false,
          testTimeout: 20000,
          hookTimeout: 30000,
        },
      },
    ],
  },
});
