import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/i18n';
import '@/styles/global.css';
import { App } from '@/app/app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The starting language may be a chunk of its own (English): render once it is there.
await i18nReady;
// Production builds only: the service worker that keeps the app shell for
// offline use (vite.config.ts). In development it would cache what Vite serves.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
