import { useMemo } from 'react';
import type { PreviewData } from '../api/preview-data';
import { computePreview } from './compute-preview';

/** Computes once per load and round, not on every render. */
export function usePreview(data: PreviewData, roundId: string) {
  return useMemo(() => computePreview(data, roundId), [data, roundId]);
}
