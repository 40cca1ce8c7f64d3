import { useEffect, useState } from 'react';
import type { Competition, Member } from '@/domain/model';

export type CachedAccess =
  { status: 'idle' | 'loading' | 'none' } | { status: 'found'; competition: Competition; member: Member };

/**
 * While `enabled` (the competition could not be read from the server because
 * there is no network), the competition and membership from this device's
 * cache, so a judge who reloads a scoring screen offline keeps scoring. The
 * full SDK is loaded only then: routes that never need it never download it.
 */
export function useSheetCachedAccess(cid: string, uid: string, enabled: boolean): CachedAccess {
  const [state, setState] = useState<{ key: string; value: CachedAccess } | null>(null);
  const key = `${cid}/${uid}`;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    import('../api/sheet-offline-access')
      .then((api) => api.cachedCompetitionAccess(cid, uid))
      .then(
        (found) => live && setState({ key, value: found ? { status: 'found', ...found } : { status: 'none' } }),
        () => live && setState({ key, value: { status: 'none' } }),
      );
    return () => {
      live = false;
    };
  }, [cid, uid, key, enabled]);
  if (!enabled) return { status: 'idle' };
  return state?.key === key ? state.value : { status: 'loading' };
}
