import { useEffect, useMemo, useState } from 'react';
import type { ConfidenceV1, JudgingExportV1 } from '@/domain/results';
import type { PreviewData } from '../api/preview-data';
import { confidenceExport } from '../confidence/confidence-export';
import { startConfidence } from '../confidence/start-confidence';

export type ConfidenceState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  /** `letters`: the judges' letters could not be read; `compute`: the computation failed. */
  | { status: 'error'; reason: 'letters' | 'compute'; message: string }
  | {
      status: 'done';
      confidence: ConfidenceV1;
      /** The computation, as the worker measured it. */
      ms: number;
      /** From the start here to the answer: the worker's start, the export's copy and the computation. */
      totalMs: number;
    };

/**
 * The award confidence of a round's live data (the preview and the fairness
 * panel), on the export the compute function would store (confidenceExport:
 * null when the judges' letters are unreadable), computed in a Web Worker;
 * idle while `wanted` is false (the round cannot be computed at all). New
 * data (the live sheets changed) stops the running worker and starts
 * another, so what is shown always belongs to the data on the page.
 */
export function useConfidence(data: PreviewData, roundId: string, wanted = true): ConfidenceState {
  const exported = useMemo(() => confidenceExport(data, roundId), [data, roundId]);
  const [state, setState] = useState<{ of: JudgingExportV1; value: ConfidenceState } | null>(null);

  useEffect(() => {
    if (!wanted || exported === null) return;
    const set = (value: ConfidenceState) => setState({ of: exported, value });
    const started = performance.now();
    return startConfidence(exported, (message) => {
      if (message.type === 'progress') set({ status: 'running', done: message.done, total: message.total });
      else if (message.type === 'done') {
        const totalMs = performance.now() - started;
        set({ status: 'done', confidence: message.confidence, ms: message.ms, totalMs });
      } else set({ status: 'error', reason: 'compute', message: message.message });
    });
  }, [exported, wanted]);

  if (!wanted) return { status: 'idle' };
  if (exported === null) return { status: 'error', reason: 'letters', message: '' };
  return state && state.of === exported ? state.value : { status: 'running', done: 0, total: 0 };
}
