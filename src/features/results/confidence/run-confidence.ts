import { CONFIDENCE_DEFAULTS, computeConfidence, computeResults, type JudgingExportV1 } from '@/domain/results';
import type { ConfidenceMessage } from './messages';

/** Progress is reported at most this often (in shares of the samples), not on each of the engine's ~1 % calls. */
const PROGRESS_STEP = 0.05;

/**
 * The award confidence of an export, as the compute function stores it:
 * computeResults, then computeConfidence with CONFIDENCE_DEFAULTS (B = 2000,
 * seed 1). Runs in the worker (confidence.worker.ts); `post` receives the
 * progress and then exactly one 'done' or 'error' message.
 */
export function runConfidence(exported: JudgingExportV1, post: (message: ConfidenceMessage) => void): void {
  const started = performance.now();
  try {
    const outcome = computeResults(exported);
    if (!outcome.ok) {
      post({ type: 'error', message: outcome.problems[0] ?? 'export refused' });
      return;
    }
    let shown = -1;
    const confidence = computeConfidence(outcome.analysis, CONFIDENCE_DEFAULTS, (done, total) => {
      if (total > 0 && (done === total || done / total - shown >= PROGRESS_STEP)) {
        shown = done / total;
        post({ type: 'progress', done, total });
      }
    });
    post({ type: 'done', confidence, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
