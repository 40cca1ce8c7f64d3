import { useEffect } from 'react';
import { primeCompetitionAccess } from '../api/sheet-offline-access';

/**
 * Keeps a copy of the competition and the judge's membership in the device's
 * cache, so the scoring screen still opens after a reload without network
 * (the competition layout falls back to it: use-sheet-cached-access.ts).
 */
export function usePrimeOfflineAccess(cid: string, uid: string): void {
  useEffect(() => {
    if (navigator.onLine) primeCompetitionAccess(cid, uid).catch(() => undefined);
  }, [cid, uid]);
}
