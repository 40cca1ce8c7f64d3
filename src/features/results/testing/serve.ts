// Serves fixture data through the feature's mocked api modules (imported by
// tests only, which vi.mock '../api/preview-data' and '../api/live-sheets').
import { vi } from 'vitest';
import { subscribeToRoundSheets } from '../api/live-sheets';
import { loadPreviewBase, type PreviewData } from '../api/preview-data';

/**
 * The base data once, and each round's sheets as one live snapshot (by
 * round when `data` is a function of the round).
 */
export function serve(data: PreviewData | ((roundId: string) => PreviewData)) {
  const of = typeof data === 'function' ? data : () => data;
  vi.mocked(loadPreviewBase)
    .mockReset()
    .mockImplementation(async () => of(''));
  vi.mocked(subscribeToRoundSheets)
    .mockReset()
    .mockImplementation((_cid, roundId, onNext) => {
      onNext(of(roundId).sheets);
      return () => {};
    });
}
