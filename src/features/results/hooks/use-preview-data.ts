import { useAsync } from '@/lib/async/use-async';
import { loadPreviewData } from '../api/preview-data';

/** A round's entries, sheets and judge names (null round: nothing to load). */
export function usePreviewData(cid: string, roundId: string | null) {
  return useAsync(roundId ? `results-preview:${cid}:${roundId}` : null, () => loadPreviewData(cid, roundId ?? ''));
}
