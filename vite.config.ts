import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { publicResultsPage } from './scripts/public-results-vite.mjs';

// The SPA. Tests are configured in vitest.config.ts so that the dev server
// stays free of test-only settings.
export default defineConfig({
  plugins: [
    // /r/{cid}: the public results page, its own entry (results.html).
    publicResultsPage(),
    react(),
    // A service worker (production builds only; src/main.tsx registers it)
    // precaches the app shell and every JS/CSS chunk, so a judge who loses
    // the network in the hall, or reloads without it, still gets the app;
    // the data comes from Firestore's own persistent cache. A new build takes
    // over at the next load (autoUpdate).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,woff2}'],
        // PDF.js's worker (about 1 MB) is fetched when a deck opens, which needs the network anyway.
        // The organizer's certificates, Excel export and fairness charts (2.5 MB together)
        // are not worth every judge's and team's phone downloading them on its first visit.
        globIgnores: ['**/pdf.worker*', '**/certificates-pdf-*', '**/exceljs*', '**/echarts*'],
        navigateFallback: 'index.html',
        // Firebase Hosting's reserved paths (auth handler, init.json) are never the SPA,
        // nor is the public results page (/r/{cid}, results.html).
        navigateFallbackDenylist: [/^\/__\//, /^\/r\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
  // Two pages: the SPA and the public results page (/r/{cid}), which shares no chunk with it.
  build: {
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        results: fileURLToPath(new URL('./results.html', import.meta.url)),
      },
    },
  },
});
