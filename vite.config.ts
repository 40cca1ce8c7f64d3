import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA. Tests are configured in vitest.config.ts so that the dev server
// stays free of test-only settings.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Firestore's on-device pipeline regexes, which the app never runs (see the file).
      re2js: fileURLToPath(new URL('./src/lib/firebase/no-pipeline-regex.ts', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // The manifest lets scripts/route-sizes.mjs weigh each route (npm run bench).
  build: { sourcemap: true, manifest: true },
});
