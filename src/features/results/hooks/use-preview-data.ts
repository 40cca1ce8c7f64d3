import { useMemo, useState } from 'react';
import type { AsyncState } from '@/lib/async/use-async';
import { useAsync } from '@/lib/async/use-async';
import { loadPreviewBase, type PreviewData } from '../api/preview-data';
import { useLiveSheets } from './use-live-sheets';

export type LivePreviewData = AsyncState<PreviewData> & {
  retry: () => void;
  /** When the sheets shown arrived (epoch millis); null until they have. */
  receivedAt: number | null;
};

/**
 * A round's entries and judges (read once) and its sheets (live): the data
 * the results pages compute from, recomputed as sheets arrive. `retry` reads
 * everything again (new entries, changed settings) and listens anew.
 */
export function usePreviewData(cid: string, roundId: string | null): LivePreviewData {
  const [attempt, setAttempt] = useState(0);
  const base = useAsync(roundId ? `results-base:${cid}#${attempt}` : null, () => loadPreviewBase(cid));
  const sheets = useLiveSheets(cid, roundId, attempt);
  const retry = () => setAttempt((n) => n + 1);

  const baseData = base.status === 'success' ? base.data : null;
  const liveSheets = sheets.status === 'live' ? sheets.sheets : null;
  // One object per change of either side, so the engine runs once per change.
  const data = useMemo(
    () => (baseData && liveSheets ? { ...baseData, sheets: liveSheets } : null),
    [baseData, liveSheets],
  );

  if (base.status === 'error') return { status: 'error', error: base.error, retry, receivedAt: null };
  if (sheets.status === 'error') return { status: 'error', error: sheets.error, retry, receivedAt: null };
  if (!data || sheets.status !== 'live') return { status: 'loading', retry, receivedAt: null };
  return { status: 'success', data, retry, receivedAt: sheets.receivedAt };
}
