import type { ConfidenceV1, JudgingExportV1 } from '@/domain/results';

/** To the worker: the export to compute on (one request per worker). */
export interface ConfidenceRequest {
  exported: JudgingExportV1;
}

/** From the worker: progress, then the confidence or why there is none. */
export type ConfidenceMessage =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      confidence: ConfidenceV1;
      /** computeResults + computeConfidence, measured in the worker (performance.now()). */
      ms: number;
    }
  | { type: 'error'; message: string };
