import { useAsync } from '@/lib/async/use-async';
import { loadAdvanceData } from '../api/advance-data';

/** The stored computation of `from`, the advancement of `to`, entries and judge names (null: nothing to load). */
export function useAdvanceData(cid: string, fromRoundId: string | null, toRoundId: string | null) {
  const ready = fromRoundId !== null && toRoundId !== null;
  return useAsync(ready ? `advance:${cid}:${fromRoundId}:${toRoundId}` : null, () =>
    loadAdvanceData(cid, fromRoundId ?? '', toRoundId ?? ''),
  );
}
