import type { JudgingExportV1 } from '@/domain/results';
import type { ConfidenceMessage, ConfidenceRequest } from './messages';

/**
 * Computes the award confidence of `exported` in a Web Worker, passing its
 * messages to `listener`; the returned function stops it (terminates the
 * worker), after which nothing more is passed on.
 *
 * Where there is no Worker (jsdom, in the component tests) the same
 * computation runs in this thread instead, once the module is loaded; every
 * browser the app supports has workers, so the page never takes that path.
 */
export function startConfidence(exported: JudgingExportV1, listener: (message: ConfidenceMessage) => void): () => void {
  let active = true;
  const pass = (message: ConfidenceMessage) => {
    if (active) listener(message);
  };

  if (typeof Worker === 'undefined') {
    import('./run-confidence')
      .then(({ runConfidence }) => {
        if (active) runConfidence(exported, pass);
      })
      .catch((error: unknown) => pass({ type: 'error', message: String(error) }));
    return () => {
      active = false;
    };
  }

  const worker = new Worker(new URL('./confidence.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ConfidenceMessage>) => {
    pass(event.data);
    // One computation per worker: once it has answered, its memory is given back.
    if (event.data.type !== 'progress') worker.terminate();
  };
  // A worker that fails to load or throws outside runConfidence (which reports its own errors).
  worker.onerror = (event) => {
    event.preventDefault();
    pass({ type: 'error', message: event.message || 'worker failed' });
    worker.terminate();
  };
  const request: ConfidenceRequest = { exported };
  worker.postMessage(request);
  return () => {
    active = false;
    worker.terminate();
  };
}
