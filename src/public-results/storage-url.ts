// Where the public files are: Cloud Storage's REST download URL, read with a
// plain fetch (no Firebase SDK on this page). The bucket and the emulator's
// port come from the same Vite env and config as the SPA's (src/lib/firebase),
// so an e2e build for shifted ports (VITE_EMULATOR_PORT_OFFSET) reads its own
// emulator.
import { EMULATOR_HOST, EMULATOR_PORTS, resolveFirebaseConfig } from '@/lib/firebase/config';

const PRODUCTION_HOST = 'https://firebasestorage.googleapis.com';

export interface StorageLocation {
  host: string;
  bucket: string;
}

export function storageLocation(): StorageLocation {
  const { options, useEmulators } = resolveFirebaseConfig(import.meta.env);
  return {
    host: useEmulators ? `http://${EMULATOR_HOST}:${EMULATOR_PORTS.storage}` : PRODUCTION_HOST,
    bucket: options.storageBucket ?? '',
  };
}

/** The object's download URL (public objects need no token: storage.rules lets anyone read `public/**`). */
export function downloadUrl({ host, bucket }: StorageLocation, path: string): string {
  return `${host}/v0/b/${encodeURIComponent(bucket)}/o/${encodeURIComponent(path)}?alt=media`;
}

export const resultsPath = (cid: string): string => `public/${cid}/results.json`;
export const exportPath = (cid: string, version: number): string => `public/${cid}/v${version}/export.json`;
/** The version's full results as the CLI prints them from that export (publishResults writes it beside the export). */
export const fullResultsPath = (cid: string, version: number): string => `public/${cid}/v${version}/results.json`;

/**
 * A competition id as the functions accept it (functions/src/input.ts
 * inputId); anything else cannot name a competition, so the page says so
 * without asking Storage.
 */
export function isCompetitionId(cid: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(cid) && !cid.includes('__');
}

/** The competition id in `/r/{cid}` (a trailing slash allowed), or null. */
export function competitionIdFromPath(pathname: string): string | null {
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  let cid: string;
  try {
    cid = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isCompetitionId(cid) ? cid : null;
}
