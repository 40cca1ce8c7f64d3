// The award confidence off the main thread: 2000 resampled rankings of a
// round take long enough that the page would freeze (start-confidence.ts
// starts this worker, one per computation).
import type { ConfidenceMessage, ConfidenceRequest } from './messages';
import { runConfidence } from './run-confidence';

// The app's TypeScript lib is the DOM one; a dedicated worker's scope has this much of it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ConfidenceRequest>) => void) | null;
  postMessage: (message: ConfidenceMessage) => void;
};

scope.onmessage = (event) => runConfidence(event.data.exported, (message) => scope.postMessage(message));
